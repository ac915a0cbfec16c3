use autodiff::differentiate;

trait Energy {
    #[differentiate]
    fn energy(&self, x: f64) -> f64;
}

fn main() {}
