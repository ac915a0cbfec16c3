// Two recursive calls in a loop, each on two arguments computed with their
// tangents before it: `_jvp` computes them in parts that each return at most
// two values, so that no level keeps a slot for a larger result.
fn tree(x: f64, y: f64, depth: u32) -> f64 {
    if depth == 0 {
        return x.sin() * y;
    }
    let mut s = 0.0;
    for k in 0..2 {
        let w = 0.5 + 0.25 * k as f64;
        let shifted = x * w + 0.1 * y;
        s += w * tree(shifted, y.cos(), depth - 1);
    }
    s + 0.1 * x * y
}
