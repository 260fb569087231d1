//! Compact JWS (VC-JWT): header, payload and signature, base64url-encoded and joined by dots.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::Value;

use crate::json;

/// A decoded compact JWS. Nothing here says it is authentic: see [`crate::verify`].
#[derive(Debug, Clone, PartialEq)]
pub struct Jws {
    /// The JOSE header.
    pub header: Value,
    /// The payload (a VC-JWT's claims).
    pub payload: Value,
    /// `header.payload` exactly as received: the bytes the signature covers.
    pub signing_input: String,
    /// The signature bytes.
    pub signature: Vec<u8>,
}

/// Whether `text` has the shape of a compact JWS (three base64url parts, the first a JSON
/// object: `eyJ` is how `{"` encodes).
pub fn looks_like_jws(text: &str) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    parts.len() == 3
        && text.starts_with("eyJ")
        && parts.iter().all(|p| {
            p.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        })
}

/// Decodes a compact JWS.
pub fn decode(text: &str) -> Result<Jws, String> {
    let text = text.trim();
    let mut parts = text.split('.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err("A compact JWT has three parts separated by dots; this one does not.".into());
    };
    let header = part_json(header, "header")?;
    let payload = part_json(payload, "payload")?;
    let signature_bytes = URL_SAFE_NO_PAD
        .decode(signature)
        .map_err(|_| "The JWT's signature part is not valid base64url.".to_owned())?;
    let signing_input = text
        .rsplit_once('.')
        .map(|(input, _)| input.to_owned())
        .unwrap_or_default();
    Ok(Jws {
        header,
        payload,
        signing_input,
        signature: signature_bytes,
    })
}

fn part_json(part: &str, which: &str) -> Result<Value, String> {
    let bytes = URL_SAFE_NO_PAD
        .decode(part)
        .map_err(|_| format!("The JWT's {which} is not valid base64url."))?;
    let text =
        String::from_utf8(bytes).map_err(|_| format!("The JWT's {which} is not UTF-8 text."))?;
    let value = json::parse(&text).map_err(|e| match e {
        json::JsonError::TooDeep => format!("The JWT's {which} is nested too deeply."),
        json::JsonError::Syntax(d) => format!("The JWT's {which} is not JSON: {d}."),
    })?;
    if value.is_object() {
        Ok(value)
    } else {
        Err(format!("The JWT's {which} is JSON but not an object."))
    }
}

/// The credential a VC-JWT carries, with the registered claims mapped back to credential
/// properties where the credential lacks them, and a note for each mapping.
///
/// VC-JWT (VC Data Model 1.1, §6.3.1): the credential is the `vc` claim; `iss` is the issuer,
/// `jti` the id, `sub` the subject's id, `nbf` the issuance date and `exp` the expiration.
/// A JWT whose payload is itself the credential (the VC 2.0 way) is used as it is.
pub fn credential(payload: &Value) -> (Value, Vec<String>) {
    let mut notes = Vec::new();
    let Some(vc) = payload.get("vc").filter(|v| v.is_object()) else {
        return (payload.clone(), notes);
    };
    let mut vc = vc.clone();
    let legacy = json::one_or_many(vc.get("@context"))
        .first()
        .and_then(|c| c.as_str())
        == Some(crate::recognize::VC_V1_CONTEXT);
    let (from, until) = if legacy {
        ("issuanceDate", "expirationDate")
    } else {
        ("validFrom", "validUntil")
    };
    let Some(map) = vc.as_object_mut() else {
        return (vc, notes);
    };
    if let Some(jti) = payload.get("jti").and_then(Value::as_str)
        && !map.contains_key("id")
    {
        map.insert("id".into(), Value::String(jti.to_owned()));
        notes.push("id is taken from the JWT's jti claim.".into());
    }
    if let Some(iss) = payload.get("iss").and_then(Value::as_str) {
        match map.get_mut("issuer") {
            None => {
                map.insert("issuer".into(), Value::String(iss.to_owned()));
                notes.push("issuer is taken from the JWT's iss claim.".into());
            }
            Some(issuer) if json::id_of(Some(issuer)).as_deref() != Some(iss) => notes.push(
                format!("The JWT's iss claim ({iss}) differs from the credential's issuer id."),
            ),
            Some(_) => {}
        }
    }
    for (claim, property) in [("nbf", from), ("exp", until)] {
        if let Some(t) = payload.get(claim).and_then(Value::as_i64)
            && !map.contains_key(property)
        {
            map.insert(property.into(), Value::String(crate::dates::format_unix(t)));
            notes.push(format!("{property} is taken from the JWT's {claim} claim."));
        }
    }
    if let Some(sub) = payload.get("sub").and_then(Value::as_str)
        && let Some(subject) = map
            .get_mut("credentialSubject")
            .and_then(Value::as_object_mut)
        && !subject.contains_key("id")
    {
        subject.insert("id".into(), Value::String(sub.to_owned()));
        notes.push("credentialSubject.id is taken from the JWT's sub claim.".into());
    }
    (vc, notes)
}
