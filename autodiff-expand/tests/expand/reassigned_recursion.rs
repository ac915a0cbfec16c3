fn reassigned(mut x: f64, mut y: f64, depth: u32) -> f64 {
    x += 0.1 * y;
    y *= 0.9;
    if depth == 0 {
        return x * y;
    }
    let mut r = reassigned(x.atan(), y, depth - 1);
    r += x * x;
    r *= 0.5;
    r + y.exp()
}
