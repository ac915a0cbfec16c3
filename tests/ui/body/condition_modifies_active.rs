use autodiff::differentiate;

fn shrink(v: &mut f64) -> bool {
    *v *= 0.5;
    *v > 1.0
}

#[differentiate]
fn f(x: f64) -> f64 {
    let mut y = x * x;
    while shrink(&mut y) {}
    y
}

fn main() {}
