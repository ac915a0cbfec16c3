fn power(x: f64, k: u32) -> f64 {
    if k == 0 {
        1.0
    } else {
        x * power(x, k - 1)
    }
}
