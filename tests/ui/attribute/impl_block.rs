use autodiff::differentiate;

struct Model {
    k: f64,
}

#[differentiate]
impl Model {
    fn energy(&self, x: f64) -> f64 {
        self.k * x * x
    }
}

fn main() {}
