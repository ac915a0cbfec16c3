// A buffer changed before and after the recursive call, inside a branch:
// the backward sweeps hand its adjoints back through the tape, and the runs
// that use them next pop them themselves (`let mut b = tape.unspill_buffer()`
// at their start), so that no level keeps a binding of them.
fn refilled(x: f64, depth: u32) -> f64 {
    let mut b = vec![x, x * x];
    let mut r = b[1];
    if depth > 0 {
        b[0] *= 1.5;
        r *= refilled(0.8 * x, depth - 1);
        b[1] += r;
    }
    b[0] + b[1] * r
}
