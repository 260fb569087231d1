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
    }
}
