use autodiff::differentiate;

fn halve(v: &mut f64) {
    *v *= 0.5;
}

#[differentiate]
fn f(x: f64) -> f64 {
    let mut y = x * x;
    halve(&mut y);
    y
}

fn main() {}
