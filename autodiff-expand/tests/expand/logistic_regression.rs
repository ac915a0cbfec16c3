#[differentiate(wrt(w))]
pub fn logistic_loss(w: &[f64], features: &[f64], labels: &[f64], lambda: f64) -> f64 {
    let d = w.len();
    let mut loss = 0.0;
    for (i, y) in labels.iter().enumerate() {
        let mut z = 0.0;
        for j in 0..d {
            z += w[j] * features[i * d + j];
        }
        loss += (-y * z).exp().ln_1p();
    }
    let penalty: f64 = w.iter().map(|v| v * v).sum();
    loss / labels.len() as f64 + 0.5 * lambda * penalty
}
