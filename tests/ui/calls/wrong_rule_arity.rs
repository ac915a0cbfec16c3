use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    x.powi() + x.atan2(1.0, 2.0)
}

fn main() {}
