use autodiff::differentiate;

struct Spring {
    k: f64,
}

impl Spring {
    #[differentiate]
    fn energy(&self, x: f64) -> f64 {
        self.k * x * x
    }
}

#[differentiate]
fn total(spring: &Spring, x: f64) -> f64 {
    spring.energy(x) + x
}

fn main() {}
