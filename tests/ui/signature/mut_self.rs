use autodiff::differentiate;

struct Model {
    k: f64,
}

impl Model {
    #[differentiate]
    fn energy(&mut self, x: f64) -> f64 {
        self.k * x * x
    }
}

fn main() {}
