use autodiff::differentiate;

// 260 terms: more than the 256 levels of nesting the macro walks through.
#[differentiate]
fn f(x: f64) -> f64 {
    let sum =
        x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x +
        x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x +
        x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x +
        x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x +
        x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x +
        x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x +
        x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x +
        x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x +
        x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x +
        x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x +
        x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x +
        x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x +
        x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x + x;
    sum
}

fn main() {}
