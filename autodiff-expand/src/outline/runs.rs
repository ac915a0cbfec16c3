//! The calls of outlined runs, `outlineN(|params..| { .. }, args..)`, as
//! the passes after outlining find and change them.

use quote::format_ident;
use syn::{Expr, Stmt};

/// The call of `stmt` if it is an outlined run: `outlineN(|..| {..}, ..)` or
/// `outline_in_debugN(..)`, alone or assigned.
pub fn run_call(stmt: &mut Stmt) -> Option<&mut syn::ExprCall> {
    match stmt {
        Stmt::Expr(Expr::Assign(a), _) => run_in(&mut a.right),
        Stmt::Expr(e, _) => run_in(e),
        _ => None,
    }
}

/// The call `e` if it is an outlined run: `outlineN(|..| {..}, ..)` or
/// `outline_in_debugN(..)`.
pub fn run_in(e: &mut Expr) -> Option<&mut syn::ExprCall> {
    let Expr::Call(call) = e else { return None };
    let Expr::Path(path) = &*call.func else {
        return None;
    };
    let helper = path.path.segments.last()?.ident.to_string();
    let outlined =
        helper.starts_with("outline") && matches!(call.args.first(), Some(Expr::Closure(_)));
    outlined.then_some(call)
}

/// Removes the parameters at `positions` from the run `call`, with their
/// arguments, renaming the helper for fewer.
pub fn drop_arguments(call: &mut syn::ExprCall, positions: &[usize]) {
    if positions.is_empty() {
        return;
    }
    let Some(Expr::Closure(closure)) = call.args.first_mut() else {
        return;
    };
    let keep = |k: &usize| !positions.contains(k);
    let inputs: Vec<syn::Pat> = closure.inputs.iter().cloned().collect();
    closure.inputs = (0..inputs.len())
        .filter(keep)
        .map(|k| inputs[k].clone())
        .collect();
    let count = closure.inputs.len();
    let args: Vec<Expr> = call.args.iter().cloned().collect();
    call.args = (0..args.len())
        .filter(|&j| j == 0 || keep(&(j - 1)))
        .map(|j| args[j].clone())
        .collect();
    rename_helper(call, count);
}

/// Renames the helper of the run `call` for `count` arguments.
pub fn rename_helper(call: &mut syn::ExprCall, count: usize) {
    if let Expr::Path(path) = &mut *call.func {
        if let Some(last) = path.path.segments.last_mut() {
            let helper = last.ident.to_string();
            let base = helper.trim_end_matches(|c: char| c.is_ascii_digit());
            last.ident = format_ident!("{}{}", base, count, span = last.ident.span());
        }
    }
}
