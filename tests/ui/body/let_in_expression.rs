use autodiff::differentiate;

#[differentiate]
fn f(x: f64, k: Option<u32>) -> f64 {
    let found = (let Some(_) = k);
    x
}

fn main() {}
