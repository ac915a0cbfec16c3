fn mds_loss(w: &[f64], d: &[f64]) -> f64 {
    let n = w.len() / 2;
    let mut loss = 0.0;
    for i in 0..n {
        for j in 0..n {
            let dx = w[2 * i] - w[2 * j];
            let dy = w[2 * i + 1] - w[2 * j + 1];
            let r = dx * dx + dy * dy - d[i * n + j];
            loss += r * r;
        }
    }
    loss
}
