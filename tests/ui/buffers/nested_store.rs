use autodiff::differentiate;

#[differentiate]
fn f(x: f64) -> f64 {
    let mut grid = [[0.0; 2]; 2];
    grid[0][1] = x * x;
    grid[0][1]
}

fn main() {}
