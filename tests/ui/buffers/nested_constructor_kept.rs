use autodiff::differentiate;

// A nested vector stays as written, but an active value stored into it is an
// error.
#[differentiate]
fn f(x: f64) -> f64 {
    let mut rows = vec![Vec::new(); 2];
    rows[0].push(x);
    rows[0][0]
}

fn main() {}
