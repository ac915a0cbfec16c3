use autodiff::differentiate;

#[differentiate]
fn f(x: f64, v: &[f64]) -> f64 {
    let picked = (x as usize, 0);
    v[picked.0] * x
}

fn main() {}
