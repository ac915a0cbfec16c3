//! Where to cut a run that would hand back more than two values from a frame
//! of its own in a function without a tape (`_jvp`).
//!
//! Such a run returns its values through a slot in the level's frame, which
//! a recursion keeps once per level: `tree`'s `_jvp` computed both calls'
//! arguments and their tangents and a weight, five values, in one run and
//! held a 40-byte slot for them. Cut into consecutive parts that each hand
//! back at most two values (in registers), the run takes no such slot; the
//! parts are outlined one by one like any other run. Sweeps hand back
//! through their tape instead (`Outliner::through_tape`).

use std::collections::BTreeSet;
use std::ops::Range;

use syn::Stmt;

use super::{declared, own_frame, scan, Outliner};

/// The most values a run returns in registers.
const IN_REGISTERS: usize = 2;

/// The longest run that is cut (the search is cubic in its length).
const MAX_STATEMENTS: usize = 64;

impl Outliner {
    /// The parts of `run` (followed in its block by `rest`, and then by code
    /// that reads `after`) to outline one by one: the whole run, unless it
    /// would run in a frame of its own (see `own_frame`) in a function
    /// without a tape and hand back more than two values. Then the fewest
    /// consecutive parts that each hand back at most two, and of those the
    /// cut that hands back the fewest values in all; the whole run if there
    /// is no such cut.
    pub(super) fn parts(
        &self,
        run: &[Stmt],
        rest: &[Stmt],
        after: &BTreeSet<String>,
        apart: bool,
    ) -> Vec<Range<usize>> {
        let whole = std::iter::once(0..run.len()).collect();
        let own_frame = own_frame(&scan::facts(run, &self.name), apart);
        if self.kinds.tape.is_some() || !own_frame || run.len() > MAX_STATEMENTS {
            return whole;
        }
        let mut after_rest = scan::facts(rest, &self.name).reads;
        after_rest.extend(after.iter().cloned());
        let read_later: Vec<BTreeSet<String>> = (0..=run.len())
            .map(|end| {
                let mut reads = scan::facts(&run[end..], &self.name).reads;
                reads.extend(after_rest.iter().cloned());
                reads
            })
            .collect();
        let outputs =
            |range: &Range<usize>| self.handed_back(&run[range.clone()], &read_later[range.end]);
        if outputs(&(0..run.len())) <= IN_REGISTERS {
            return whole;
        }
        // best[e]: the fewest parts, then the fewest values handed back, of a
        // cut of run[..e], with where its last part starts.
        let mut best: Vec<Option<((usize, usize), usize)>> = vec![None; run.len() + 1];
        best[0] = Some(((0, 0), 0));
        for end in 1..=run.len() {
            for start in 0..end {
                let Some(((parts, values), _)) = best[start] else {
                    continue;
                };
                let handed = outputs(&(start..end));
                if handed > IN_REGISTERS {
                    continue;
                }
                let cost = (parts + 1, values + handed);
                if best[end].is_none_or(|(c, _)| cost < c) {
                    best[end] = Some((cost, start));
                }
            }
        }
        let mut cuts = Vec::new();
        let mut end = run.len();
        while end > 0 {
            let Some((_, start)) = best[end] else {
                return whole;
            };
            cuts.push(start..end);
            end = start;
        }
        cuts.reverse();
        cuts
    }

    /// How many values `part` would hand back: the variables it declares,
    /// and the `Copy` ones it assigns, that the code after it reads
    /// (`read_later`). A vector it writes into stays where it is.
    fn handed_back(&self, part: &[Stmt], read_later: &BTreeSet<String>) -> usize {
        let mut defined: BTreeSet<String> = scan::facts(part, &self.name)
            .writes
            .into_iter()
            .filter(|v| self.kinds.copy.contains(v) && !self.kinds.exclusive.contains(v))
            .collect();
        defined.extend(declared(part).into_iter().map(|(v, _, _)| v.to_string()));
        defined.intersection(read_later).count()
    }
}
