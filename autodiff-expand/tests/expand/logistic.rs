fn logistic(x: f64, n: usize) -> f64 {
    let mut l = x;
    for _ in 1..n {
        l = 4.0 * l * (1.0 - l);
    }
    l
}
