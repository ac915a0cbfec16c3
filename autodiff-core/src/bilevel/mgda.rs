//! The min-norm (MGDA) combination of several hypergradients (MOML).

use super::error::{check_len, BilevelError, Result};
use super::vector::{axpy, dot, norm};

/// How the gradients are scaled before the min-norm problem.
///
/// ```
/// use autodiff_core::bilevel::Normalization;
/// assert_ne!(Normalization::None, Normalization::L2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Normalization {
    /// As they are.
    #[default]
    None,
    /// Each divided by its Euclidean norm (a zero gradient stays zero).
    L2,
}

/// The multiple-gradient descent solver of Désidéri and Sener & Koltun, as
/// MOML uses it for several outer objectives: the point of smallest norm in
/// the convex hull of the gradients, `d = Σ α_i g_i` with `α` in the simplex.
/// For two gradients the closed form; beyond, pairwise Frank–Wolfe until the
/// gap `max_{α_i > 0} <d, g_i> − min_i <d, g_i>` (zero exactly at the
/// minimiser) is at most `tolerance · max_i ‖g_i‖²`, or `max_iterations`. `−d` is a common descent direction:
/// `<d, g_i> ≥ ‖d‖²` for every i (at the exact minimiser), and `d = 0` means
/// the point is Pareto-stationary.
///
/// ```
/// use autodiff_core::bilevel::MinNorm;
/// let g = [vec![1.0, 0.0], vec![0.0, 1.0], vec![1.0, 1.0]];
/// let solution = MinNorm::default().solve(&g)?;
/// assert!((solution.direction[0] - 0.5).abs() < 1e-9 && (solution.direction[1] - 0.5).abs() < 1e-9);
/// assert!(solution.weights[2] < 1e-9);
/// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MinNorm {
    /// The scaling of the gradients.
    pub normalization: Normalization,
    /// Frank–Wolfe's iteration cap.
    pub max_iterations: usize,
    /// Frank–Wolfe stops once its gap is below this times `max_i ‖g_i‖²`.
    pub tolerance: f64,
}

/// The result of [`MinNorm::solve`].
///
/// ```
/// let s = autodiff_core::bilevel::MinNorm::default().solve(&[vec![2.0], vec![-1.0]])?;
/// assert_eq!((s.weights.len(), s.direction.len()), (2, 1));
/// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct MinNormSolution {
    /// α, in the simplex, one per gradient.
    pub weights: Vec<f64>,
    /// `d = Σ α_i g_i` over the (normalised) gradients.
    pub direction: Vec<f64>,
}

impl Default for MinNorm {
    /// No normalisation, 250 iterations, tolerance 1e-12.
    ///
    /// ```
    /// assert_eq!(autodiff_core::bilevel::MinNorm::default().max_iterations, 250);
    /// ```
    fn default() -> Self {
        Self {
            normalization: Normalization::None,
            max_iterations: 250,
            tolerance: 1e-12,
        }
    }
}

impl MinNorm {
    /// The solver with the given normalisation.
    ///
    /// ```
    /// use autodiff_core::bilevel::{MinNorm, Normalization};
    /// let s = MinNorm::default().normalized(Normalization::L2).solve(&[vec![4.0], vec![-1.0]])?;
    /// assert_eq!(s.weights, [0.5, 0.5]); // the unit gradients 1 and −1 cancel
    /// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
    /// ```
    pub fn normalized(self, normalization: Normalization) -> Self {
        Self {
            normalization,
            ..self
        }
    }

    /// The min-norm combination of `gradients` (all of one length, at least one).
    ///
    /// ```
    /// use autodiff_core::bilevel::MinNorm;
    /// let s = MinNorm::default().solve(&[vec![1.0, 1.0], vec![1.0, -1.0]])?;
    /// assert_eq!(s.direction, [1.0, 0.0]);
    /// # Ok::<(), autodiff_core::bilevel::BilevelError>(())
    /// ```
    pub fn solve(&self, gradients: &[Vec<f64>]) -> Result<MinNormSolution> {
        let first = gradients
            .first()
            .ok_or(BilevelError::Empty("the gradients"))?;
        for g in gradients {
            check_len("a gradient", first.len(), g.len())?;
        }
        let scaled: Vec<Vec<f64>> = gradients.iter().map(|g| self.scale(g)).collect();
        let weights = match scaled.len() {
            1 => vec![1.0],
            2 => {
                let gamma = segment_minimizer(&scaled[0], &scaled[1]);
                vec![gamma, 1.0 - gamma]
            }
            _ => self.frank_wolfe(&scaled),
        };
        let direction = combine(&scaled, &weights);
        Ok(MinNormSolution { weights, direction })
    }

    /// `g`, normalised as asked.
    fn scale(&self, g: &[f64]) -> Vec<f64> {
        let length = norm(g);
        match self.normalization {
            Normalization::L2 if length > 0.0 => g.iter().map(|x| x / length).collect(),
            _ => g.to_vec(),
        }
    }

    /// Pairwise Frank–Wolfe over the simplex from the uniform weights: each
    /// step moves weight from the active gradient with the largest `<d, g_i>`
    /// to the one with the smallest, by exact line search (linear convergence
    /// on the simplex, where plain Frank–Wolfe creeps at O(1/t)).
    fn frank_wolfe(&self, gradients: &[Vec<f64>]) -> Vec<f64> {
        let k = gradients.len();
        let scale = gradients.iter().map(|g| dot(g, g)).fold(0.0, f64::max);
        let mut weights = vec![1.0 / k as f64; k];
        for _ in 0..self.max_iterations {
            let d = combine(gradients, &weights);
            let products: Vec<f64> = gradients.iter().map(|g| dot(&d, g)).collect();
            let (toward, away) = extreme_vertices(&products, &weights);
            let direction: Vec<f64> = gradients[toward]
                .iter()
                .zip(&gradients[away])
                .map(|(t, a)| t - a)
                .collect();
            let squared = dot(&direction, &direction);
            let gap = products[away] - products[toward];
            if gap <= self.tolerance * scale || squared == 0.0 {
                break;
            }
            let gamma = (gap / squared).min(weights[away]);
            weights[toward] += gamma;
            weights[away] -= gamma;
        }
        weights
    }
}

/// The index with the smallest product, and the one with the largest among
/// those with positive weight.
fn extreme_vertices(products: &[f64], weights: &[f64]) -> (usize, usize) {
    let indices = 0..products.len();
    let toward = indices
        .clone()
        .min_by(|&i, &j| products[i].total_cmp(&products[j]));
    let active = indices.filter(|&i| weights[i] > 0.0);
    let away = active.max_by(|&i, &j| products[i].total_cmp(&products[j]));
    (
        toward.expect("gradients"),
        away.expect("weights in the simplex"),
    )
}

/// `γ ∈ [0, 1]` minimising `‖γ a + (1 − γ) b‖²`: `<b − a, b> / ‖a − b‖²`, clamped.
fn segment_minimizer(a: &[f64], b: &[f64]) -> f64 {
    let difference: Vec<f64> = b.iter().zip(a).map(|(x, y)| x - y).collect();
    let squared = dot(&difference, &difference);
    if squared == 0.0 {
        return 0.5;
    }
    (dot(&difference, b) / squared).clamp(0.0, 1.0)
}

/// `Σ α_i g_i`.
fn combine(gradients: &[Vec<f64>], weights: &[f64]) -> Vec<f64> {
    let mut d = vec![0.0; gradients[0].len()];
    for (g, w) in gradients.iter().zip(weights) {
        axpy(*w, g, &mut d);
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_minimizer_is_the_projection_of_the_origin() {
        // ‖γ (1, 0) + (1 − γ) (0, 1)‖² is smallest at γ = ½.
        assert_eq!(segment_minimizer(&[1.0, 0.0], &[0.0, 1.0]), 0.5);
        // The origin's projection falls beyond b = (1, 1): clamped to γ = 0.
        assert_eq!(segment_minimizer(&[3.0, 3.0], &[1.0, 1.0]), 0.0);
        assert_eq!(segment_minimizer(&[1.0], &[1.0]), 0.5);
    }

    /// Gradients with entries from a fixed sequence (a Weyl sequence mapped to (−1, 1)).
    fn gradients(k: usize, n: usize, seed: f64) -> Vec<Vec<f64>> {
        let mut t = seed;
        let mut next = || {
            t = (t + 0.618_033_988_749_895).fract();
            2.0 * t - 1.0
        };
        (0..k).map(|_| (0..n).map(|_| next()).collect()).collect()
    }

    /// The minimiser's conditions: `<d, g_i> ≥ ‖d‖²` for all i, with
    /// equality where `α_i > 0`, to `tol` times the gradients' scale.
    fn assert_min_norm(g: &[Vec<f64>], s: &MinNormSolution, tol: f64) {
        let scale = g.iter().map(|g| dot(g, g)).fold(0.0, f64::max);
        let dd = dot(&s.direction, &s.direction);
        assert!((s.weights.iter().sum::<f64>() - 1.0).abs() < 1e-14);
        for (gi, wi) in g.iter().zip(&s.weights) {
            let p = dot(&s.direction, gi);
            assert!(*wi >= 0.0 && p >= dd - tol * scale, "{p} < {dd}");
            assert!(
                *wi == 0.0 || (p - dd).abs() <= tol * scale,
                "active {p} vs {dd}"
            );
        }
    }

    #[test]
    fn frank_wolfe_reaches_the_min_norm_point() {
        let solver = MinNorm::default();
        for (k, n, seed) in [(3, 2, 0.1), (5, 3, 0.2), (8, 10, 0.3), (20, 4, 0.4)] {
            let g = gradients(k, n, seed);
            let s = solver.solve(&g).unwrap();
            // The solver stops at a gap of 1e-12 · scale; rounding in the
            // products is ~1e-15: 1e-10 leaves a margin of 100.
            assert_min_norm(&g, &s, 1e-10);
        }
    }

    #[test]
    fn two_gradients_agree_with_frank_wolfe() {
        for seed in [0.05, 0.5, 0.9] {
            let g = gradients(2, 4, seed);
            let closed = MinNorm::default().solve(&g).unwrap();
            let iterated = MinNorm::default().frank_wolfe(&g);
            assert_min_norm(&g, &closed, 1e-12);
            for (a, b) in closed.weights.iter().zip(&iterated) {
                // Both are the unique minimiser up to the stopping gap.
                assert!((a - b).abs() < 1e-9, "{:?} vs {iterated:?}", closed.weights);
            }
        }
    }

    #[test]
    fn malformed_input_is_an_error() {
        assert_eq!(
            MinNorm::default().solve(&[]),
            Err(BilevelError::Empty("the gradients"))
        );
        let err = MinNorm::default().solve(&[vec![1.0], vec![1.0, 2.0]]);
        assert!(matches!(
            err,
            Err(BilevelError::LengthMismatch {
                expected: 1,
                found: 2,
                ..
            })
        ));
    }
}
