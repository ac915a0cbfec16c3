//! Interleaved timing for the benches: every variant of a kernel is timed in
//! each round, and each one's time is divided by the primal's time of the
//! same round, so that the machine's drifts cancel.

use std::time::Instant;

/// A variant: its name, its calls per round, and the call.
pub type Variant<'a> = (&'static str, usize, &'a mut dyn FnMut());

/// Seconds per call of `f`, over `reps` calls.
fn seconds(reps: usize, mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    for _ in 0..reps {
        f();
    }
    start.elapsed().as_secs_f64() / reps as f64
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Times `variants` (the first is the primal) in `rounds` interleaved rounds;
/// each one's median time over the primal's.
pub fn measure(rounds: usize, variants: &mut [Variant]) -> Vec<(&'static str, f64)> {
    let mut ratios: Vec<Vec<f64>> = vec![Vec::new(); variants.len()];
    for _ in 0..rounds {
        let times: Vec<f64> = variants
            .iter_mut()
            .map(|(_, reps, f)| seconds(*reps, &mut **f))
            .collect();
        for (r, t) in ratios.iter_mut().zip(&times) {
            r.push(t / times[0]);
        }
    }
    variants
        .iter()
        .map(|(name, _, _)| *name)
        .zip(ratios.into_iter().map(median))
        .collect()
}

/// The number of rounds: `ROUNDS` from the environment, or `default`.
pub fn rounds(default: usize) -> usize {
    std::env::var("ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(default)
}
