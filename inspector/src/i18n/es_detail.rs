//! The readers' detail messages in Spanish, in the register and terms of `es.rs`
//! ("credencial", "emisor", "lista de estado", "prueba", "método de verificación";
//! property, claim and format names as written). Placeholders are those of the English
//! texts.

use super::Detail;

/// The text of `detail`.
pub(super) fn text(detail: Detail) -> &'static str {
    match detail {
        // A baked PNG.
        Detail::PngNotPng => {
            "Esto no es un archivo PNG (sus primeros bytes no son la firma de los PNG)."
        }
        Detail::PngTruncated => "El archivo PNG está truncado: termina antes de su fragmento IEND.",
        Detail::PngPastEnd => {
            "El archivo PNG está dañado: el fragmento «{chunk}» dice medir {length} bytes, lo que va más allá del final del archivo."
        }
        Detail::PngCrc => {
            "El archivo PNG está dañado: la suma de comprobación (CRC) del fragmento «{chunk}» no coincide con su contenido."
        }
        Detail::PngTwoCredentials => {
            "El PNG tiene dos fragmentos openbadgecredential; Open Badges 3.0 permite uno, así que no está claro qué credencial lleva."
        }
        Detail::PngNoCredential => {
            "Este PNG no lleva ninguna credencial: no tiene ningún fragmento iTXt con la palabra clave «openbadgecredential» (la incrustación de Open Badges 3.0), así que es una imagen corriente, no una insignia con la credencial incrustada."
        }
        Detail::PngCompressed => {
            "El fragmento {keyword} del PNG está comprimido. Open Badges 3.0 dice que la credencial se guarda sin comprimir, y este inspector no la descomprime."
        }
        Detail::PngNotUtf8 => "El fragmento {keyword} del PNG no es texto UTF-8.",
        // A baked SVG.
        Detail::SvgNoCredential => {
            "Este SVG no lleva ninguna credencial: no tiene ningún elemento <openbadges:credential> (la incrustación de Open Badges 3.0), así que es una imagen corriente."
        }
        Detail::SvgTruncatedTag => {
            "El SVG está truncado dentro de su etiqueta <openbadges:credential>."
        }
        Detail::SvgNoVerifyNorContent => {
            "El elemento <openbadges:credential> del SVG está vacío: no tiene ni atributo verify ni contenido."
        }
        Detail::SvgUnclosed => "El elemento <openbadges:credential> del SVG no se cierra nunca.",
        Detail::SvgCdataUnclosed => {
            "La sección CDATA de <openbadges:credential> no se cierra nunca."
        }
        Detail::SvgEmpty => "El elemento <openbadges:credential> del SVG está vacío.",
        // JSON syntax.
        Detail::JsonAt => "{problem} (línea {line}, columna {column})",
        Detail::JsonEofList => "el texto termina en mitad de una lista",
        Detail::JsonEofObject => "el texto termina en mitad de un objeto",
        Detail::JsonEofString => "el texto termina en mitad de una cadena",
        Detail::JsonEofValue => "el texto termina donde se esperaba un valor",
        Detail::JsonColon => "se esperaba «:»",
        Detail::JsonListCommaOrEnd => "se esperaba «,» o «]»",
        Detail::JsonObjectCommaOrEnd => "se esperaba «,» o «}»",
        Detail::JsonIdent => "se esperaba true, false o null",
        Detail::JsonValue => "se esperaba un valor",
        Detail::JsonDoubleQuote => "se esperaban comillas dobles («\"»)",
        Detail::JsonEscape => "secuencia de escape no válida",
        Detail::JsonNumber => "número no válido",
        Detail::JsonNumberRange => "número fuera de rango",
        Detail::JsonCodePoint => "punto de código Unicode no válido",
        Detail::JsonControl => "carácter de control (\\u0000-\\u001F) dentro de una cadena",
        Detail::JsonKey => "la clave debe ser una cadena",
        Detail::JsonSurrogate => "sustituto inicial aislado en un escape hexadecimal",
        Detail::JsonTrailingComma => "coma sobrante al final",
        Detail::JsonTrailing => "caracteres sobrantes después del JSON",
        Detail::JsonHexEnd => "escape hexadecimal incompleto",
        // A compact JWT.
        Detail::JwtNotThreeParts => {
            "Un JWT compacto tiene tres partes separadas por puntos; este no."
        }
        Detail::JwtHeader => "la cabecera",
        Detail::JwtPayload => "la carga útil",
        Detail::JwtSignature => "la parte de la firma",
        Detail::JwtNotBase64url => "En el JWT, {part} no es base64url válido.",
        Detail::JwtNotUtf8 => "En el JWT, {part} no es texto UTF-8.",
        Detail::JwtTooDeep => "En el JWT, {part} tiene demasiados niveles de anidamiento.",
        Detail::JwtNotJson => "En el JWT, {part} no es JSON: {detail}.",
        Detail::JwtNotObject => "En el JWT, {part} es JSON, pero no un objeto.",
        Detail::JwtTaken => "{property} se toma de la declaración {claim} del JWT.",
        Detail::JwtIssDiffers => {
            "La declaración iss del JWT ({iss}) no coincide con el identificador del emisor de la credencial."
        }
        // A status list.
        Detail::ListNotJson => "La lista no es JSON: {detail}.",
        Detail::ListTooDeep => {
            "La lista tiene demasiados niveles de anidamiento para ser una lista de estado."
        }
        Detail::ListNotObject => "La lista no es un objeto JSON.",
        Detail::ListNoRevokedCredential => {
            "El documento no tiene la propiedad revokedCredential, así que no es una 1EdTech Revocation List."
        }
        Detail::ListNoCredentialId => {
            "La credencial no tiene id, y una lista de revocación nombra las credenciales por su id."
        }
        Detail::ListNamesRevoked => "la lista nombra {id} como revocada",
        Detail::ListNamesRevokedBecause => "la lista nombra {id} como revocada («{reason}»)",
        Detail::ListNamesNotRevoked => "la lista nombra {id} con revoked en false",
        Detail::ListNotAmong => {
            "{id} no está entre las {n} credencial(es) que la lista nombra como revocadas"
        }
        Detail::ListNotBitstring => {
            "El documento no es una BitstringStatusListCredential (su type no lo dice)."
        }
        Detail::ListPurpose => {
            "El statusPurpose de la credencial es «{purpose}», pero el de la lista es {list} (§3.2, paso 5: deben coincidir)."
        }
        Detail::ListPurposeMissing => "inexistente",
        Detail::ListBadSize => "El statusSize de la entrada no es un número entero entre 1 y 64.",
        Detail::ListBadIndex => "El statusListIndex de la entrada no es un número entero.",
        Detail::ListNoEncodedList => "La lista no tiene encodedList.",
        Detail::ListTooFew => {
            "La lista contiene {entries} entradas, menos de las {min} que exige la especificación (§3.2, paso 9, STATUS_LIST_LENGTH_ERROR)."
        }
        Detail::ListOutOfRange => {
            "El statusListIndex {index} queda fuera de las {entries} entradas de la lista (§3.2, paso 10, RANGE_ERROR)."
        }
        Detail::ListEntryClear => "la entrada {index} de la lista {purpose} vale 0 (no marcada)",
        Detail::ListEntryRevoked => {
            "la entrada {index} de la lista de revocación está marcada: revocada"
        }
        Detail::ListEntrySuspended => {
            "la entrada {index} de la lista de suspensión está marcada: suspendida"
        }
        Detail::ListEntryValue => "la entrada {index} de la lista {purpose} tiene el valor {value}",
        Detail::ListNotMultibase => {
            "encodedList no empieza por «u», el prefijo multibase de base64url que exige la especificación."
        }
        Detail::ListNotBase64url => "encodedList no es base64url válido.",
        Detail::ListNotGzip => "encodedList no son datos comprimidos con GZIP.",
        Detail::ListTooLarge => "La lista ocupa más de {mb} MB al descomprimirse; se rechaza.",
        Detail::ListDamaged => "Los datos comprimidos de encodedList están dañados.",
        // A VC-JWT's own key.
        Detail::JwkMissing => "el jwk no tiene «{name}»",
        Detail::JwkNotBase64url => "el «{name}» del jwk no es base64url",
        Detail::JwkEdCurve => "EdDSA necesita una clave OKP de la curva Ed25519",
        Detail::JwkEdLength => "una clave Ed25519 mide 32 bytes",
        Detail::JwkEdInvalid => "no es una clave Ed25519 válida",
        Detail::JwkEcCurve => "ES256 necesita una clave EC de la curva P-256",
        Detail::JwkEcLength => "las coordenadas de P-256 miden 32 bytes cada una",
        Detail::JwkEcPoint => "no es un punto de la curva P-256",
        Detail::JwkRsaKty => "RS256 y PS256 necesitan una clave RSA (kty «RSA»)",
        Detail::JwkRsaShort => "la clave RSA tiene {bits} bits; JWS exige al menos {min}",
        Detail::JwkRsaUnusable => "no es una clave pública RSA utilizable ({detail})",
        // Multibase.
        Detail::MultibaseEmpty => {
            "no está en multibase base58btc (que empieza por «z»; está vacío)"
        }
        Detail::MultibaseStart => {
            "no está en multibase base58btc (que empieza por «z»; empieza por «{start}»)"
        }
        Detail::MultibaseNotBase58 => "tiene caracteres que no son de base58",
        Detail::MultibaseNotEd25519 => "no es una clave pública Ed25519 (multicódec 0xed01)",
        Detail::MultibaseLength => "una clave pública Ed25519 mide 32 bytes; esta, {n}",
        // A proof's verification method.
        Detail::KeyNoScheme => {
            "El método de verificación «{method}» no es una URL: no tiene esquema (como did: o https:), así que no nombra ninguna clave que un verificador pueda encontrar."
        }
        Detail::KeyScheme => {
            "El método de verificación «{method}» usa el esquema «{scheme}:», que no nombra ninguna clave que un verificador pueda encontrar (un método de verificación es un DID o una URL https)."
        }
        Detail::KeyDidKeyNotEd25519 => {
            "El método de verificación es un did:key, pero su identificador no puede ser una clave Ed25519: {why}."
        }
        Detail::KeyDidKeyFragment => {
            "El método de verificación {did}#{fragment} nombra una clave que este did:key no tiene (un did:key tiene exactamente una, #{id})."
        }
        Detail::KeyNotInDocument => {
            "El documento en {url} no describe el método de verificación {method}."
        }
        Detail::KeyNotAssertionMethod => {
            "El documento en {url} tiene la clave {method}, pero no la incluye en assertionMethod, así que su controlador no la ha autorizado para firmar credenciales."
        }
        Detail::KeyNoMultibase => {
            "La clave {method} de {url} no tiene publicKeyMultibase (la forma que lee este inspector)."
        }
        Detail::KeyBadMultibase => "La clave {method} de {url} no se puede usar: {why}.",
        Detail::KeyDidWeb => {
            "El método de verificación usa el método DID «did:web», que este inspector no resuelve (did:web se resuelve descargando un did.json de la web, cosa que este inspector no hace); resuelve did:key y una clave escrita en el fragmento del método de verificación."
        }
        Detail::KeyDidMethod => {
            "El método de verificación usa el método DID «did:{method}», que este inspector no resuelve; resuelve did:key y una clave escrita en el fragmento del método de verificación."
        }
        Detail::KeyHttps => {
            "La clave está publicada en el documento del controlador en {base}, que no se descarga a menos que usted lo pida."
        }
        Detail::KeyHttp => {
            "La clave está en un documento en {base}, una dirección http sin cifrar: cualquiera en el camino podría modificarla, así que no se descarga."
        }
        // Canonicalizing a document.
        Detail::CanonContext => {
            "nombra el contexto JSON-LD {url}, que este inspector no incluye (y no descarga ningún contexto)"
        }
        Detail::CanonJsonLd => "no se puede leer como JSON-LD ({why})",
        Detail::CanonTooManyQuads => {
            "se expande a más de {max} enunciados RDF, más de los que este inspector canonicaliza en una página"
        }
        Detail::CanonTooAlike => {
            "sus nodos en blanco se parecen tanto que canonicalizarlos llevaría más de {limit} rondas del paso más costoso de RDFC-1.0 («envenenamiento del conjunto de datos»), así que este inspector se detiene"
        }
        Detail::CanonFailed => "no se pudo canonicalizar ({why})",
        Detail::CanonDataLoss => {
            "el procesamiento JSON-LD descarta una parte («{iri}» no es un IRI absoluto; suele ser un tipo o un término que ningún contexto define), así que esa parte no está cubierta por ninguna firma (DATA_LOSS_DETECTION_ERROR de Data Integrity)"
        }
    }
}
