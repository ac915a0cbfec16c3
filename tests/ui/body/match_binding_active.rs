use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    match x * 2.0 {
        v if v > 1.0 => v * v,
        _ => 0.0,
    }
}

fn main() {}
