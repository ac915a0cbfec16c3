//! Stage 1: parse and validate. The function's signature becomes a
//! [`Signature`], its body an [`ir::Function`]; everything outside the
//! supported subset is reported with its span, all at once.

pub mod body;
pub mod depth;
pub mod scope;

use crate::diagnostics::Errors;
use crate::ir::{self, FloatTy, Param, Var, VarKind};
use proc_macro2::Ident;

/// The parts of the signature that every generated function repeats.
pub struct Signature {
    pub vis: syn::Visibility,
    pub ident: Ident,
    pub generics: syn::Generics,
    pub receiver: Option<syn::Receiver>,
    pub params: Vec<SigParam>,
    pub scalar: FloatTy,
    /// The result type as written.
    pub output: syn::Type,
    /// `Some` for a vector result (`Vec<S>`, `[S; N]`, a nalgebra vector).
    pub vector_output: Option<ir::VecTy>,
}

/// One named parameter.
pub struct SigParam {
    pub ident: Ident,
    pub ty: syn::Type,
    pub mutable: bool,
    pub float: Option<FloatTy>,
    pub vector: Option<ir::VecTy>,
}

impl SigParam {
    /// A candidate for activity: a float or a vector of floats.
    pub fn differentiable(&self) -> bool {
        self.float.is_some() || self.vector.is_some()
    }
}

/// `Some` for the vector types of floats as written: `&[S]`, `Vec<S>`,
/// `&Vec<S>`, `[S; N]`, `&[S; N]`, `DVector<S>`, `SVector<S, N>`, `Vector3<S>` (by value or
/// by reference; nalgebra's names, under any path).
pub fn vector_type(ty: &syn::Type) -> Option<ir::VecTy> {
    let (by_ref, inner) = match ty {
        syn::Type::Reference(r) if r.mutability.is_none() => (true, &*r.elem),
        syn::Type::Paren(p) => return vector_type(&p.elem),
        syn::Type::Group(g) => return vector_type(&g.elem),
        other => (false, other),
    };
    let (elem, kind) = match inner {
        syn::Type::Slice(s) if by_ref => (float_type(&s.elem)?, ir::VecKind::Slice),
        syn::Type::Array(a) => (float_type(&a.elem)?, ir::VecKind::Array(a.len.clone())),
        syn::Type::Path(p) if p.qself.is_none() => {
            let last = p.path.segments.last()?;
            let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                return None;
            };
            match (last.ident.to_string().as_str(), args.args.first()?) {
                ("Vec", syn::GenericArgument::Type(t)) if args.args.len() == 1 => {
                    (float_type(t)?, ir::VecKind::Vec)
                }
                ("DVector", syn::GenericArgument::Type(t)) if args.args.len() == 1 => (
                    float_type(t)?,
                    ir::VecKind::Nalgebra {
                        ty: inner.clone(),
                        dynamic: true,
                    },
                ),
                ("SVector", syn::GenericArgument::Type(t)) if args.args.len() == 2 => (
                    float_type(t)?,
                    ir::VecKind::Nalgebra {
                        ty: inner.clone(),
                        dynamic: false,
                    },
                ),
                (
                    "Vector1" | "Vector2" | "Vector3" | "Vector4" | "Vector5" | "Vector6",
                    syn::GenericArgument::Type(t),
                ) if args.args.len() == 1 => (
                    float_type(t)?,
                    ir::VecKind::Nalgebra {
                        ty: inner.clone(),
                        dynamic: false,
                    },
                ),
                _ => return None,
            }
        }
        _ => return None,
    };
    Some(ir::VecTy { elem, kind, by_ref })
}

/// `Some` for the types `f64` and `f32` as written.
pub fn float_type(ty: &syn::Type) -> Option<FloatTy> {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => match p.path.get_ident()?.to_string().as_str() {
            "f64" => Some(FloatTy::F64),
            "f32" => Some(FloatTy::F32),
            _ => None,
        },
        syn::Type::Paren(p) => float_type(&p.elem),
        syn::Type::Group(g) => float_type(&g.elem),
        _ => None,
    }
}

/// Reads the signature; `None` if it is outside the subset (errors recorded).
pub fn signature(sig: &syn::Signature, errors: &mut Errors) -> Option<Signature> {
    let mut ok = true;
    let mut reject = |node: &dyn quote::ToTokens, message: &str| {
        errors.on(node, message);
        ok = false;
    };
    if let Some(t) = &sig.asyncness {
        reject(
            t,
            "#[differentiate] does not support `async fn`; differentiate a synchronous function",
        );
    }
    if let Some(t) = &sig.constness {
        reject(
            t,
            "#[differentiate] does not support `const fn`; remove `const`",
        );
    }
    if let Some(t) = &sig.unsafety {
        reject(
            t,
            "#[differentiate] does not support `unsafe fn`; keep unsafe code in a passive helper",
        );
    }
    if let Some(t) = &sig.abi {
        reject(
            t,
            "#[differentiate] does not support `extern` functions; remove the ABI",
        );
    }
    if let Some(t) = &sig.variadic {
        reject(t, "#[differentiate] does not support variadic functions");
    }
    let (output, vector_output) = match &sig.output {
        syn::ReturnType::Type(_, ty) => ((**ty).clone(), vector_type(ty).filter(|v| !v.by_ref)),
        syn::ReturnType::Default => (syn::parse_quote!(()), None),
    };
    let scalar = float_type(&output).or(vector_output.as_ref().map(|v| v.elem));
    if scalar.is_none() {
        // Without `-> T`, the error points at the signature.
        let output: &dyn quote::ToTokens = match &sig.output {
            syn::ReturnType::Default => sig,
            written => written,
        };
        reject(
            output,
            "a #[differentiate] function must return `f64` or `f32`, or a vector of them by value \
             (`Vec<f64>`, `[f64; N]`, nalgebra's `DVector<f64>` or `SVector<f64, N>`)",
        );
    }
    let scalar = scalar.unwrap_or(FloatTy::F64);
    let mut receiver = None;
    let mut params = Vec::new();
    for input in &sig.inputs {
        match input {
            syn::FnArg::Receiver(r) => {
                if r.reference.is_none() || r.mutability.is_some() || r.colon_token.is_some() {
                    reject(r, "#[differentiate] methods take `&self`; pass other data as parameters");
                }
                receiver = Some(r.clone());
            }
            syn::FnArg::Typed(t) => match &*t.pat {
                syn::Pat::Ident(p) if p.by_ref.is_none() && p.subpat.is_none() => {
                    let float = float_type(&t.ty);
                    if float.is_some_and(|f| f != scalar) {
                        reject(
                            &t.ty,
                            "this float parameter has a different type from the result; \
                             #[differentiate] needs one float type (all `f64` or all `f32`)",
                        );
                    }
                    let vector = vector_type(&t.ty);
                    if vector.as_ref().is_some_and(|v| v.elem != scalar) {
                        reject(
                            &t.ty,
                            "this vector's elements have a different type from the result; \
                             #[differentiate] needs one float type (all `f64` or all `f32`)",
                        );
                    }
                    params.push(SigParam {
                        ident: p.ident.clone(),
                        ty: (*t.ty).clone(),
                        mutable: p.mutability.is_some(),
                        float,
                        vector,
                    });
                }
                other => reject(
                    other,
                    "#[differentiate] needs a plain name for every parameter; destructure inside the body",
                ),
            },
        }
    }
    ok.then(|| Signature {
        vis: syn::Visibility::Inherited,
        ident: sig.ident.clone(),
        generics: sig.generics.clone(),
        receiver,
        params,
        scalar,
        output,
        vector_output,
    })
}

/// Lowers the body of a function with signature `sig` into the IR.
pub fn function(sig: &Signature, block: &syn::Block, errors: &mut Errors) -> ir::Function {
    let mut vars = Vec::new();
    let mut params = Vec::new();
    for p in &sig.params {
        vars.push(Var {
            ident: p.ident.clone(),
            kind: VarKind::Param,
            mutable: p.mutable,
            ty: Some(p.ty.clone()),
        });
        params.push(Param {
            var: ir::VarId(vars.len() - 1),
            float: p.float,
            vector: p.vector.clone(),
        });
    }
    let output_ident = Ident::new("__autodiff_out", proc_macro2::Span::mixed_site());
    vars.push(Var {
        ident: output_ident,
        kind: VarKind::Output,
        mutable: false,
        ty: Some(sig.output.clone()),
    });
    let output = ir::VarId(vars.len() - 1);
    let mut lowerer = body::Lowerer::new(vars, errors, output, block, sig.scalar);
    for (param, p) in params.iter().zip(&sig.params) {
        lowerer.bind_param(&p.ident, param.var);
    }
    let (mut body, vars, mut buffers) = lowerer.lower_function_body(block);
    if sig.vector_output.is_some() {
        buffers.push(output);
    }
    let buffers = body::moved_buffers(&body, buffers);
    body.stmts.insert(
        0,
        ir::Stmt::Let {
            var: output,
            init: None,
        },
    );
    ir::Function {
        vars,
        params,
        outputs: vec![output],
        body,
        scalar: sig.scalar,
        buffers,
    }
}
