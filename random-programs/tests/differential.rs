//! Every generated program through every check of `random_programs::check`.
//! On failure, prints each failing program's source, seed, point and the
//! command that rebuilds and checks that program alone.

use random_programs::check::{Failure, Tally};

include!(concat!(env!("OUT_DIR"), "/programs.rs"));

/// The largest fraction of derivatives that may be skipped as near a kink or
/// jump: the generated programs have kinks and jumps only on sets of measure
/// zero, which a random point is within 10^-5 of only rarely.
const MAX_SKIPPED: f64 = 0.02;

#[test]
fn generated_programs_pass_every_check() {
    let mut tally = Tally::default();
    for case in CHUNKS.iter().flat_map(|c| c.iter()) {
        tally.check(case);
    }
    for failure in &tally.failures {
        eprintln!("{}", report(failure));
    }
    let (g, h, j) = (&tally.gradient, &tally.hessian, &tally.jacobian);
    eprintln!(
        "{} programs (constructs off: {:?}), {} points; first order: {} partials compared, {} \
         skipped ({:.3}%), relative tolerance median {:.1e}, 99th percentile {:.1e}, max {:.1e}; \
         H v: {} entries compared, {} skipped ({:.3}%), median {:.1e}, 99th percentile {:.1e}, \
         max {:.1e}",
        tally.cases,
        OFF,
        tally.points,
        g.checked,
        g.skipped,
        100.0 * g.skipped_fraction(),
        g.tolerance_quantile(0.5),
        g.tolerance_quantile(0.99),
        g.tolerance_quantile(1.0),
        h.checked,
        h.skipped,
        100.0 * h.skipped_fraction(),
        h.tolerance_quantile(0.5),
        h.tolerance_quantile(0.99),
        h.tolerance_quantile(1.0),
    );
    let mut twin = tally.twin_errors.clone();
    twin.sort_by(f64::total_cmp);
    let quantile = |q: f64| {
        twin.get(((twin.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or(0.0)
    };
    eprintln!(
        "Jacobians of helpers with vector results: {} entries compared, {} skipped; f32 twins: \
         {} points compared ({} skipped), relative difference from f64 median {:.1e}, 99th \
         percentile {:.1e}, max {:.1e} (tolerance {:.0e})",
        j.checked,
        j.skipped,
        twin.len(),
        tally.twin_skipped,
        quantile(0.5),
        quantile(0.99),
        quantile(1.0),
        random_programs::check::twin::TOLERANCE,
    );
    assert_eq!(tally.cases, COUNT, "the table holds every program");
    assert!(
        tally.failures.is_empty(),
        "{} of {} programs failed (sources, seeds and commands above)",
        tally.failures.len(),
        tally.cases
    );
    for (what, d) in [("partials", g), ("H v entries", h), ("Jacobian entries", j)] {
        assert!(
            d.skipped_fraction() <= MAX_SKIPPED,
            "{:.2}% of {what} skipped as near a kink or jump",
            100.0 * d.skipped_fraction()
        );
    }
}

fn report(f: &Failure) -> String {
    let constructs = if CONSTRUCTS.is_empty() {
        String::new()
    } else {
        format!("RANDOM_PROGRAMS_CONSTRUCTS={CONSTRUCTS:?} ")
    };
    format!(
        "\n==== seed {seed}: {message}\nat p = {point:?}\n{source}\nreproduce: \
         {constructs}RANDOM_PROGRAMS=1 RANDOM_PROGRAMS_SEED={seed} cargo test -p random-programs \
         --test differential\n",
        seed = f.seed,
        message = f.message,
        point = f.point,
        source = f.source,
    )
}
