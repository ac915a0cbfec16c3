use autodiff::differentiate;

#[differentiate]
fn f(x: f64) {
    println!("{x}");
}

fn main() {}
