use autodiff::differentiate;

#[differentiate]
fn clipped(x: &[f64]) -> f64 {
    x.iter()
        .map(|v| {
            if *v > 1.0 {
                return 1.0;
            }
            *v
        })
        .sum()
}

fn main() {}
