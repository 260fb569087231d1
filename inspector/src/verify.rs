//! Signature verification, only where it can honestly be done offline.
//!
//! - A VC-JWT whose header carries its public key (`jwk`), signed with EdDSA (Ed25519),
//!   ES256 (P-256), RS256 or PS256 (RSA, 2048 bits or more): verified here. Such a result shows the token was not changed after it
//!   was signed with that key; it does not show whose key it is.
//! - Any other JWT: the key is named (`kid`) or must be looked up from the issuer: not
//!   fetched, so not verified.
//! - Embedded Data Integrity proofs (`eddsa-rdfc-2022` …): see [`crate::proof`].

use crate::i18n::{Detail, Lang, Msg};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::Value;

use crate::jwt::Jws;

/// The outcome of trying to verify a signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// The signature matches the key; the text says which key and what that proves.
    Verified(String),
    /// The signature does not match: the document was changed or signed with another key.
    Invalid(String),
    /// Not verified, and why.
    NotVerified(String),
}

/// Verifies a VC-JWT with the key in its own header, where the algorithm is supported;
/// the reason in English.
pub fn jws(token: &Jws) -> Verdict {
    jws_in(token, Lang::En)
}

/// [`jws()`], the reason written in `lang`.
pub fn jws_in(token: &Jws, lang: Lang) -> Verdict {
    let alg = token
        .header
        .get("alg")
        .and_then(Value::as_str)
        .unwrap_or("");
    if alg == "none" || alg.is_empty() {
        return Verdict::Invalid(lang.t(Msg::JwsNone).into());
    }
    let Some(jwk) = token.header.get("jwk") else {
        let kid = token.header.get("kid").and_then(Value::as_str);
        return Verdict::NotVerified(match kid {
            Some(kid) => lang.fill(Msg::JwsNoKeyNamed, &[("kid", kid)]),
            None => lang.t(Msg::JwsNoKey).into(),
        });
    };
    let message = token.signing_input.as_bytes();
    let checked = match alg {
        "EdDSA" => ed25519(jwk, message, &token.signature),
        "ES256" => es256(jwk, message, &token.signature),
        "RS256" => rsa_sha256(jwk, message, &token.signature, RsaPadding::Pkcs1v15),
        "PS256" => rsa_sha256(jwk, message, &token.signature, RsaPadding::Pss),
        other => {
            return Verdict::NotVerified(lang.fill(Msg::JwsAlg, &[("alg", other)]));
        }
    };
    match checked {
        Ok(true) => Verdict::Verified(lang.fill(Msg::JwsMatches, &[("alg", alg)])),
        Ok(false) => Verdict::Invalid(lang.fill(Msg::JwsMismatch, &[("alg", alg)])),
        Err(why) => Verdict::Invalid(lang.fill(Msg::JwsBadKey, &[("why", &why.message(lang))])),
    }
}

/// Why a token's own key (`jwk`) cannot check its signature.
#[derive(Debug, Clone, PartialEq, Eq)]
enum KeyError {
    /// The member (`x`, `n` …) is missing.
    Missing(&'static str),
    /// The member is not base64url.
    NotBase64url(&'static str),
    EdCurve,
    EdLength,
    EdInvalid,
    EcCurve,
    EcLength,
    EcPoint,
    RsaKty,
    /// The modulus's bits.
    RsaShort(usize),
    /// What the RSA library says.
    RsaUnusable(String),
}

impl KeyError {
    fn message(&self, lang: Lang) -> String {
        let simple = match self {
            Self::Missing(name) => return lang.fill(Detail::JwkMissing, &[("name", name)]),
            Self::NotBase64url(name) => {
                return lang.fill(Detail::JwkNotBase64url, &[("name", name)]);
            }
            Self::RsaShort(bits) => {
                return lang.fill(
                    Detail::JwkRsaShort,
                    &[
                        ("bits", &bits.to_string()),
                        ("min", &RSA_MIN_BITS.to_string()),
                    ],
                );
            }
            Self::RsaUnusable(detail) => {
                return lang.fill(Detail::JwkRsaUnusable, &[("detail", detail)]);
            }
            Self::EdCurve => Detail::JwkEdCurve,
            Self::EdLength => Detail::JwkEdLength,
            Self::EdInvalid => Detail::JwkEdInvalid,
            Self::EcCurve => Detail::JwkEcCurve,
            Self::EcLength => Detail::JwkEcLength,
            Self::EcPoint => Detail::JwkEcPoint,
            Self::RsaKty => Detail::JwkRsaKty,
        };
        lang.t(simple).to_owned()
    }
}

fn key_part(jwk: &Value, name: &'static str) -> Result<Vec<u8>, KeyError> {
    let text = jwk
        .get(name)
        .and_then(Value::as_str)
        .ok_or(KeyError::Missing(name))?;
    URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| KeyError::NotBase64url(name))
}

fn ed25519(jwk: &Value, message: &[u8], signature: &[u8]) -> Result<bool, KeyError> {
    use ed25519_dalek::{Signature, VerifyingKey};
    if jwk.get("kty").and_then(Value::as_str) != Some("OKP")
        || jwk.get("crv").and_then(Value::as_str) != Some("Ed25519")
    {
        return Err(KeyError::EdCurve);
    }
    let x: [u8; 32] = key_part(jwk, "x")?
        .try_into()
        .map_err(|_| KeyError::EdLength)?;
    let key = VerifyingKey::from_bytes(&x).map_err(|_| KeyError::EdInvalid)?;
    let Ok(signature) = Signature::from_slice(signature) else {
        return Ok(false);
    };
    Ok(key.verify_strict(message, &signature).is_ok())
}

fn es256(jwk: &Value, message: &[u8], signature: &[u8]) -> Result<bool, KeyError> {
    use p256::ecdsa::signature::Verifier;
    use p256::ecdsa::{Signature, VerifyingKey};
    if jwk.get("kty").and_then(Value::as_str) != Some("EC")
        || jwk.get("crv").and_then(Value::as_str) != Some("P-256")
    {
        return Err(KeyError::EcCurve);
    }
    let (x, y) = (key_part(jwk, "x")?, key_part(jwk, "y")?);
    if x.len() != 32 || y.len() != 32 {
        return Err(KeyError::EcLength);
    }
    let mut sec1 = Vec::with_capacity(65);
    sec1.push(0x04);
    sec1.extend_from_slice(&x);
    sec1.extend_from_slice(&y);
    let key = VerifyingKey::from_sec1_bytes(&sec1).map_err(|_| KeyError::EcPoint)?;
    // JWS ES256 signatures are r || s, 64 bytes (RFC 7518 §3.4).
    let Ok(signature) = Signature::from_slice(signature) else {
        return Ok(false);
    };
    Ok(key.verify(message, &signature).is_ok())
}

/// The two RSA signature schemes of JWS with SHA-256 (RFC 7518 §3.3 and §3.5).
enum RsaPadding {
    /// RS256: RSASSA-PKCS1-v1_5.
    Pkcs1v15,
    /// PS256: RSASSA-PSS, MGF1 with SHA-256, salt as long as the hash.
    Pss,
}

/// RFC 7518 §3.3: "A key of size 2048 bits or larger MUST be used with these algorithms."
const RSA_MIN_BITS: usize = 2048;

fn rsa_sha256(
    jwk: &Value,
    message: &[u8],
    signature: &[u8],
    padding: RsaPadding,
) -> Result<bool, KeyError> {
    use rsa::{BigUint, RsaPublicKey};
    use sha2::Sha256;
    if jwk.get("kty").and_then(Value::as_str) != Some("RSA") {
        return Err(KeyError::RsaKty);
    }
    let (n, e) = (key_part(jwk, "n")?, key_part(jwk, "e")?);
    let modulus = BigUint::from_bytes_be(&n);
    if modulus.bits() < RSA_MIN_BITS {
        return Err(KeyError::RsaShort(modulus.bits()));
    }
    let key = RsaPublicKey::new(modulus, BigUint::from_bytes_be(&e))
        .map_err(|e| KeyError::RsaUnusable(e.to_string()))?;
    Ok(match padding {
        RsaPadding::Pkcs1v15 => verifies::<rsa::pkcs1v15::Signature, _>(
            rsa::pkcs1v15::VerifyingKey::<Sha256>::new(key),
            message,
            signature,
        ),
        RsaPadding::Pss => verifies::<rsa::pss::Signature, _>(
            rsa::pss::VerifyingKey::<Sha256>::new(key),
            message,
            signature,
        ),
    })
}

/// Whether `signature` decodes as an `S` that `key` accepts for `message`.
fn verifies<S, V>(key: V, message: &[u8], signature: &[u8]) -> bool
where
    V: rsa::signature::Verifier<S>,
    S: for<'a> TryFrom<&'a [u8]>,
{
    S::try_from(signature).is_ok_and(|s| key.verify(message, &s).is_ok())
}
