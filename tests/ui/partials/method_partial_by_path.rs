use autodiff::differentiate;

struct Model {
    k: f64,
}

impl Model {
    #[differentiate]
    fn d_x(&self, x: f64) -> f64 {
        2.0 * self.k * x
    }

    #[differentiate(partials(Self::d_x))]
    fn energy(&self, x: f64) -> f64 {
        self.k * x * x
    }
}

fn main() {}
