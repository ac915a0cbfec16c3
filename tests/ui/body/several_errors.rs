use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let g = |v: f64| v;
    let y = x.clamp(0.0, 1.0);
    let z = unsafe { x };
    g(y) + z
}

fn main() {}
