fn first_large(x: f64, n: usize) -> f64 {
    let mut s = 0.0;
    for i in 0..n {
        let t = x * i as f64;
        if t > 10.0 {
            return t.sqrt();
        }
        s += t.sin();
    }
    s
}
