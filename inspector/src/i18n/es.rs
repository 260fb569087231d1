//! The inspector's Spanish interface texts (neutral Spanish for registrars, in the terms
//! of the widgets' catalogue: "credencial", "insignia", "emisor", "expediente"; the reader
//! is addressed as *usted*). Specification names and property names (`validFrom`,
//! `credentialSubject`, Open Badges 3.0) stay as written. Placeholders `{name}` are those of
//! the English texts.

use super::Msg;

/// The text of `msg`.
pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        // The widget: title, introduction, inputs.
        Msg::Title => "Inspector de credenciales",
        Msg::Intro => {
            "Abra una credencial Open Badges 3.0 o CLR 2.0 para ver qué dice y qué partes son de fiar. El archivo se lee en esta página y no se envía a ningún sitio, y no se descarga nada para comprobarlo a menos que usted lo pida (la clave de un emisor, una lista de estado; la imagen propia de una credencial se muestra desde su dirección)."
        }
        Msg::PasteLabel => "Pegue una credencial (JSON o JWT)",
        Msg::InspectButton => "Inspeccionar",
        Msg::FileLabel => {
            "O abra un archivo (.json, .jwt, o un .png o .svg con la credencial incrustada), o suéltelo aquí"
        }
        Msg::SampleLabel => "Credencial de ejemplo",
        Msg::LoadSample => "Cargar el ejemplo",
        Msg::SampleSimple => "Open Badge 3.0, sencilla (JSON)",
        Msg::SampleComplete => "Open Badge 3.0, completa (JSON)",
        Msg::SamplePng => "Open Badge incrustada en un PNG",
        Msg::SampleSvg => "Open Badge como JWT incrustada en un SVG",
        Msg::SampleJwt => "VC-JWT (época de VC 1.1)",
        Msg::SampleClr => "Expediente CLR 2.0",
        Msg::SampleExpired => "Insignia caducada",
        Msg::SampleContext => "Insignia con un @context erróneo",
        // What is being read, and what went wrong.
        Msg::WhatPasted => "el texto pegado",
        Msg::WhatFile => "el archivo {name}",
        Msg::WhatSample => "el ejemplo «{label}»",
        Msg::WhatSampleAlone => "el ejemplo",
        Msg::WhatDropped => "lo que se soltó",
        Msg::Fetching => "Descargando {what}…",
        Msg::Reading => "Leyendo {what}…",
        Msg::CouldNotInspect => "No se pudo inspeccionar {what}",
        Msg::OnlyFiles => {
            "Aquí solo se pueden soltar archivos. Para inspeccionar un texto, péguelo más arriba."
        }
        Msg::SamplesAddress => "No se pudo determinar la dirección de los ejemplos.",
        Msg::FetchNetwork => {
            "No se pudo descargar {url}. Puede que la dirección sea errónea o que la red no funcione, o que el servidor no permita que esta página lo lea: una credencial de otro sitio solo se puede leer si ese servidor envía cabeceras CORS (Access-Control-Allow-Origin). Descargue el archivo y ábralo aquí."
        }
        Msg::FetchHttp => "El servidor respondió {status} para {url}.",
        Msg::FileUnreadable => "No se pudo leer el archivo {name}.",
        Msg::TooLarge => {
            "Este archivo tiene {n} bytes; el inspector lee como máximo {max} bytes (5 MB). Una credencial ocupa unos pocos kilobytes, y la imagen de una insignia con la credencial incrustada rara vez pasa de un megabyte."
        }
        Msg::Empty => "No hay nada que inspeccionar: la entrada está vacía.",
        Msg::NotText => {
            "Este archivo no es una imagen PNG ni texto UTF-8, así que no puede ser una credencial (JSON, JWT y SVG son texto)."
        }
        Msg::NotRecognised => {
            "Este no es un formato de credencial que el inspector lea: no es JSON (empezaría por {), ni un JWT compacto (tres partes en base64url unidas por puntos), ni un PNG, ni un SVG."
        }
        Msg::TooDeep => {
            "Este JSON tiene más de {depth} niveles de anidamiento; ninguna credencial los tiene, así que se rechaza en lugar de leerse."
        }
        Msg::BadJson => "Esto no es JSON válido: {detail}.",
        // The report.
        Msg::From => "Origen: {what}.",
        Msg::DoNotAccept => "No la acepte tal como está: {reasons}",
        Msg::WhatItSays => "Qué dice",
        Msg::FactName => "Nombre",
        Msg::FactDescription => "Descripción",
        Msg::FactIssuer => "Emisor",
        Msg::FactIssuerId => "Identificador del emisor",
        Msg::FactIssued => "Emitida",
        Msg::FactValidUntil => "Válida hasta",
        Msg::FactAwardedTo => "Otorgada a",
        Msg::FactValidityNow => "Validez actual",
        Msg::FactRevocation => "Revocación",
        Msg::ImageOf => "Imagen de {name}",
        Msg::ChecksHeading => "Comprobaciones",
        Msg::ChecksCount => {
            "Superadas: {pass}; fallidas: {fail}; sin comprobar: {not}; ausentes (opcionales): {absent}. «Sin comprobar» significa que este inspector no puede decidirlo aquí con honradez, y dice por qué; «ausente» es una parte opcional que el emisor omitió, lo cual no es un fallo."
        }
        Msg::CourseSays => "Qué dice el curso:",
        Msg::ReadMore => "Más información:",
        Msg::RawJson => "JSON sin procesar",
        Msg::RawNote => {
            "Las líneas resaltadas (marcadas) son las partes que leen las comprobaciones. Las claves se enumeran en orden alfabético, que puede no ser el del archivo; los valores son tal como los escribió el emisor."
        }
        Msg::JwtHeader => "Cabecera del JWT",
        Msg::JwtHeaderColon => "Cabecera del JWT:",
        Msg::RawLabel => "La credencial en JSON",
        // The achievement and the learner's record.
        Msg::AchievementType => "Tipo de logro: {type}. En la jerarquía de credenciales del curso:",
        Msg::AchievementTypeUnmapped => {
            "Tipo de logro: {type}. La jerarquía de credenciales del curso no tiene ningún tipo asociado a este valor."
        }
        Msg::AchievementTypeNoLibrary => {
            "Tipo de logro: {type}. La jerarquía de credenciales del curso no tiene ningún tipo asociado a este valor (o no se pudieron cargar sus tipos de credenciales)."
        }
        Msg::ChainLabel => "Desde este tipo hasta su raíz",
        Msg::Unnamed => "(sin nombre)",
        Msg::UnnamedEndorser => "(avalista sin nombre)",
        Msg::UnnamedAchievement => "(logro sin nombre)",
        Msg::UnnamedCredential => "(credencial sin nombre)",
        Msg::OneResult => "Resultado",
        Msg::OneEvidence => "Evidencia",
        Msg::NotStated => "no consta",
        Msg::Credits => "Créditos obtenidos: {earned}; disponibles: {available}.",
        Msg::AchievementHeading => "Logro: {name}",
        Msg::Criteria => "Criterios",
        Msg::Alignments => "Alineaciones",
        Msg::ResultDescriptions => "Descripciones de resultados",
        Msg::Results => "Resultados",
        Msg::Evidence => "Evidencias",
        Msg::Endorsements => "Respaldos",
        Msg::ClrPartial => "Este CLR es parcial: quien lo publica sabe de logros que deja fuera.",
        Msg::ClrComplete => "Este CLR afirma que está completo.",
        Msg::AssociationsCaption => "Cómo se relacionan los logros (asociaciones)",
        Msg::ColAchievement => "Logro",
        Msg::ColRelation => "Relación",
        Msg::ColRelated => "Logro relacionado",
        Msg::ClrHeading => "El expediente del estudiante",
        Msg::Achievements => "Logros",
        Msg::Bundled => "Credenciales que incluye",
        Msg::BundledNote => {
            "Cada credencial incluida lleva su propia prueba; al igual que la del CLR, esas pruebas no se verifican aquí."
        }
        // The status list panel.
        Msg::StatusHeading => "Comprobar el estado de revocación",
        Msg::StatusPublished => {
            "El emisor publica el estado de esta credencial en {addresses}. No se comprueba hasta que usted proporcione esa lista aquí o pida que se descargue."
        }
        Msg::StatusFetchNotice => {
            "La descarga envía una solicitud desde su navegador a {host}, para {address}. Ese servidor conoce así su dirección de red y la hora; la solicitud no lleva nada más de la credencial."
        }
        Msg::StatusFetchButton => "Descargar la lista de estado de {host}",
        Msg::StatusPasteLabel => "O pegue la lista de estado (JSON o JWT)",
        Msg::StatusPasteButton => "Comprobar con la lista pegada",
        Msg::StatusFileLabel => "O abra el archivo de la lista",
        Msg::StatusCouldNotRead => "No se pudo leer la lista de estado",
        Msg::StatusPasteFirst => "Pegue primero la lista de estado.",
        Msg::PastedList => "la lista pegada",
        Msg::FetchedList => "La lista descargada",
        Msg::NotUtf8List => "{what} no es texto UTF-8, así que no es una lista de estado.",
        // The issuer's key.
        Msg::KeyHeading => "La clave del emisor",
        Msg::KeyNotice => {
            "La prueba en {pointer} nombra una clave publicada en el documento del controlador en {url}. Descargarla envía una solicitud a {host}: ese servidor conoce así su dirección IP y que alguien está comprobando ahora una credencial que lo nombra. No se envía nada de la credencial, ni cookies."
        }
        Msg::KeyFetchButton => "Descargar la clave de {host}",
        Msg::KeyFetching => "Descargando la clave…",
        Msg::KeyNotText => "El documento en {url} no es texto UTF-8.",
        Msg::KeyNotJson => "El documento en {url} no es JSON.",
        Msg::KeyGone => "La prueba en {pointer} ya no está.",
        // Labels the core gives: kinds, pillars, outcomes, the verdict.
        Msg::KindOpenBadge => "Credencial Open Badges 3.0",
        Msg::KindClr => "Comprehensive Learner Record 2.0 (expediente completo del estudiante)",
        Msg::KindEndorsement => "Respaldo Open Badges 3.0",
        Msg::KindOther => "Credencial verificable (ni insignia ni CLR)",
        Msg::KindOb2 => "Aserción Open Badges 2.0",
        Msg::KindUnknown => "No es una credencial reconocida",
        Msg::PillarIntegrity => "Integridad",
        Msg::PillarStructure => "Estructura",
        Msg::PillarTransparency => "Transparencia",
        Msg::PillarTrust => "Confianza",
        Msg::StatusPass => "Superada",
        Msg::StatusFail => "Fallida",
        Msg::StatusNotChecked => "Sin comprobar",
        Msg::StatusNotPresent => "Ausente (opcional)",
        Msg::VerdictChanged => "Alterada o falsificada ({label}): {reason}",
        Msg::VerdictValid => "Firma válida: sin cambios desde que la firmó la clave que nombra.",
        Msg::VerdictNoProof => {
            "No se puede verificar: no hay ninguna prueba, así que nada demuestra que este documento sea lo que emitió el emisor."
        }
        Msg::VerdictCannot => "No se puede verificar: {reason}",
        Msg::CheckFails => "Falla la comprobación «{title}».",
        Msg::ReadFromPng => "Leída del fragmento iTXt openbadgecredential del PNG.",
        Msg::ReadFromSvg => "Leída del elemento <openbadges:credential> del SVG.",
        Msg::ReadFromJwt => {
            "Decodificada de un JWT compacto (VC-JWT): cabecera, contenido y firma."
        }
        Msg::Ob2Json => {
            "Una imagen Open Badges 2.0 con la insignia incrustada (fragmento PNG «openbadges»): el modelo anterior, alojado en un servidor. Contiene el JSON de la aserción, y la insignia se comprueba descargando la aserción del sitio del emisor, cosa que este inspector no hace. Open Badges 3.0 sustituyó este modelo por credenciales verificables que llevan su propia prueba."
        }
        Msg::Ob2Url => {
            "Una imagen Open Badges 2.0 con la insignia incrustada (fragmento PNG «openbadges»): el modelo anterior, alojado en un servidor. Contiene la dirección de la aserción, y la insignia se comprueba descargando la aserción del sitio del emisor, cosa que este inspector no hace. Open Badges 3.0 sustituyó este modelo por credenciales verificables que llevan su propia prueba."
        }
        // How a CLR's achievements relate (the association types, in words).
        Msg::RelExactMatch => "equivale exactamente a",
        Msg::RelChild => "es hijo de",
        Msg::RelParent => "es el padre de",
        Msg::RelPart => "forma parte de",
        Msg::RelPeer => "está al mismo nivel que",
        Msg::RelRelated => "está relacionado con",
        Msg::RelPrecedes => "va antes de",
        Msg::RelReplaced => "ha sido sustituido por",
        Msg::RelUnknown => "tiene una relación desconocida con",
        // What each check looks at (its title).
        Msg::CheckProofPresent => "Hay una prueba",
        Msg::CheckProofType => "El tipo de prueba es conocido",
        Msg::CheckDates => "Las fechas la hacen válida ahora",
        Msg::CheckObjectTypes => "Cada objeto tiene su tipo de OB 3.0 / CLR 2.0",
        Msg::CheckObjectProperties => "Cada objeto tiene las propiedades que exige su esquema",
        Msg::CheckContext => "@context está en el orden exigido",
        Msg::CheckType => "type nombra la credencial",
        Msg::CheckRequired => "Están las propiedades obligatorias",
        Msg::CheckSubject => "credentialSubject está bien formado",
        Msg::CheckAchievement => "El logro está completo",
        Msg::CheckAchievementType => "achievementType es un valor conocido",
        Msg::CheckClrContents => "Los logros y las asociaciones están completos",
        Msg::CheckCriteria => "Los criterios dicen qué se exigía",
        Msg::CheckAlignment => "Alineada con un marco de referencia",
        Msg::CheckEvidence => "Se adjuntan evidencias",
        Msg::CheckEndorsementComment => "El respaldo dice qué respalda",
        Msg::CheckIssuer => "El emisor está identificado",
        Msg::CheckEndorsements => "Respaldada por un tercero",
        Msg::CheckStatus => "No revocada",
        Msg::CheckSignature => "La firma se verifica",
        // Why each check came out as it did: Integrity.
        Msg::ProofJwtNone => {
            "La credencial llegó como un JWT que no declara ninguna firma (alg «none»): cualquiera podría haberla escrito."
        }
        Msg::ProofJwtSigned => {
            "La credencial llegó como un JWT firmado (VC-JWT): la firma cubre su cabecera y su contenido (Open Badges 3.0, pruebas)."
        }
        Msg::ProofOne => "1 prueba incrustada (proof).",
        Msg::ProofMany => "{n} pruebas incrustadas (proof).",
        Msg::ProofNone => {
            "No hay ninguna prueba: nada demuestra que este documento sea lo que emitió el emisor. Cualquiera puede escribir este JSON."
        }
        Msg::AlgKnown => {
            "Algoritmo del JWT: {alg}, un algoritmo de firma JOSE estándar (OB 3.0 exige como mínimo RS256)."
        }
        Msg::NoAlg => "(ninguno)",
        Msg::AlgUnknown => {
            "El algoritmo del JWT «{alg}» no es un algoritmo de firma que un verificador aceptaría."
        }
        Msg::NoProofType => "No hay ninguna prueba cuyo tipo se pueda comprobar.",
        Msg::SuiteKnown => "DataIntegrityProof con el conjunto criptográfico {suite}",
        Msg::SuiteOldName => {
            "DataIntegrityProof con el conjunto criptográfico {suite} (un nombre antiguo de eddsa-rdfc-2022 que aparece en textos de 1EdTech)"
        }
        Msg::SuiteEd2020 => "Ed25519Signature2020 (el conjunto de la época de VC 1.1)",
        Msg::ProofTypesKnown => {
            "{types}; para las pruebas incrustadas, la conformidad con OB 3.0 exige el conjunto EdDSA (Open Badges 3.0, pruebas)."
        }
        Msg::ProofTypesUnknown => {
            "Tipo de prueba desconocido: {types}. Un verificador no sabría cómo comprobarla."
        }
        Msg::DatesNoFrom => {
            "No hay {key}, así que no se puede saber desde cuándo es válida la credencial ({key} es obligatorio en el modelo de datos de Open Badges 3.0)."
        }
        Msg::DatesNotDateTime => "{key} «{value}» no es una fecha y hora con zona horaria.",
        Msg::DatesNotYet => "Aún no es válida: {key} es el {date}, en el futuro.",
        Msg::DatesNoExpiry => "Válida desde el {date}; no tiene {key}, así que no caduca.",
        Msg::DatesBefore => "{until} ({untildate}) es anterior a {from} ({fromdate}).",
        Msg::DatesExpired => "Caducada: {key} es el {date}.",
        Msg::DatesValid => "Válida desde el {from} hasta el {until}.",
        Msg::StatusNone => {
            "No hay credentialStatus (opcional): el emisor no dio ninguna forma de saber si esta credencial se revocó, así que nadie puede comprobarlo."
        }
        Msg::StatusNoType => "(sin tipo)",
        Msg::StatusNoAddress => "(sin dirección)",
        Msg::StatusMethodUnknown => {
            "Estado sin comprobar: el método {method} no es uno de los que lee este inspector (1EdTechRevocationList, BitstringStatusListEntry)."
        }
        Msg::StatusNotYet => {
            "Revocación aún sin comprobar: el emisor publica el estado ({method}) en {address}. Pegue o elija esa lista, o pida que se descargue, para comprobarlo."
        }
        Msg::StatusFetchedFrom => "la lista descargada de {url}",
        Msg::StatusNotAgainst => "Sin comprobar con {from}: {why}",
        Msg::StatusUnsigned => {
            "La prueba de la propia lista no se verifica aquí, así que esto vale lo que valga la copia que usted proporcionó."
        }
        Msg::StatusListCalls => {
            "Atención: la lista se identifica como {id}, mientras que la credencial apunta a {address}."
        }
        Msg::StatusRevokedBy => "Revocada según {from}: {what}.",
        Msg::StatusSuspendedBy => "Suspendida según {from}: {what}.",
        Msg::StatusMarkedBy => "Marcada según {from}: {what}.",
        Msg::StatusClear => "No revocada según {from}: {what}.",
        Msg::SigNone => "Firma sin verificar: no hay ninguna firma que verificar.",
        Msg::SigEachVerified => "{proof}: verificada. {reason}",
        Msg::SigEachInvalid => "{proof}: no coincide. {reason}",
        Msg::SigEachNotChecked => "{proof}: sin comprobar. {reason}",
        // Transparency.
        Msg::CriteriaNoAchievement => {
            "No hay ningún logro, así que ningún criterio dice qué hizo el estudiante."
        }
        Msg::CriteriaAll => {
            "Cada logro ({n}) indica sus criterios con una descripción o un enlace (modelo de datos de Open Badges 3.0, Criteria)."
        }
        Msg::CriteriaSome => {
            "{missing} de {total} logros no indican ningún criterio (narrative o id) (modelo de datos de Open Badges 3.0)."
        }
        Msg::AlignmentSome => {
            "{n} alineación(es) vinculan el logro con marcos de referencia o registros que un lector puede consultar."
        }
        Msg::AlignmentNone => {
            "No hay ninguna alineación (opcional en OB 3.0): nada vincula el logro con un marco de competencias o un registro de credenciales, así que el lector solo tiene las palabras del propio emisor."
        }
        Msg::EvidenceSome => "{n} evidencia(s) muestran el trabajo que hay detrás de la concesión.",
        Msg::EvidenceNone => {
            "No hay evidencias (opcionales en OB 3.0): la credencial no muestra ningún trabajo detrás de la concesión."
        }
        Msg::EndorsementComment => "endorsementComment: «{comment}».",
        Msg::EndorsementNoComment => "No hay endorsementComment: el respaldo no dice qué avala.",
        // Trust.
        Msg::IssuerNamed => {
            "Emisor: {name}, identificado como {id}. Estar identificado no es estar avalado: no se consultó ningún registro de emisores."
        }
        Msg::IssuerUnnamed => {
            "Emisor: sin nombre, identificado como {id}. Estar identificado no es estar avalado: no se consultó ningún registro de emisores."
        }
        Msg::IssuerNotUrl => {
            "El identificador del emisor «{id}» no es una URL ni un DID; VC 2.0 exige una URL (W3C VC Data Model 2.0)."
        }
        Msg::IssuerNone => {
            "No hay identificador del emisor: nadie responde de esta credencial (W3C VC Data Model 2.0)."
        }
        Msg::EndorsementsNone => {
            "No hay ningún respaldo (opcional en OB 3.0): ningún tercero avala al emisor ni el logro dentro de esta credencial."
        }
        Msg::EndorsementsAllExpired => {
            "{n} respaldo(s) ({who}), pero todos han caducado según sus propias fechas; sus pruebas tampoco se verifican aquí."
        }
        Msg::EndorsementsSome => {
            "{n} respaldo(s) ({who}); cada uno es una credencial en sí misma cuya prueba no se verifica aquí."
        }
        Msg::EndorsementsSomeExpired => {
            "{n} respaldo(s) ({who}), {expired} de ellos caducados; cada uno es una credencial en sí misma cuya prueba no se verifica aquí."
        }
        // What the document is.
        Msg::KnowNotObject => {
            "Esto es JSON, pero no un objeto: una credencial es un objeto JSON con @context, type, issuer y credentialSubject."
        }
        Msg::KnowOpenBadge => {
            "Una credencial Open Badges 3.0: una credencial verificable en la que un emisor afirma que el titular obtuvo un logro."
        }
        Msg::KnowOpenBadgeAlias => {
            "Una credencial Open Badges 3.0 (con el tipo AchievementCredential, el alias que la especificación da a OpenBadgeCredential): una credencial verificable en la que un emisor afirma que el titular obtuvo un logro."
        }
        Msg::KnowClr => {
            "Un Comprehensive Learner Record 2.0: una credencial verificable que reúne las credenciales de logro de un estudiante y dice cómo se relacionan los logros."
        }
        Msg::KnowEndorsement => {
            "Un respaldo Open Badges 3.0: una declaración firmada por un tercero sobre un emisor, un logro o una credencial."
        }
        Msg::KnowOther => {
            "Una credencial verificable, pero no una Open Badge, un CLR ni un respaldo: su tipo es {types}. Las comprobaciones de abajo cubren lo que tiene toda credencial verificable."
        }
        Msg::KnowOb2 => {
            "Una aserción Open Badges 2.0: el modelo anterior, alojado en un servidor. Su clase de insignia y su emisor son documentos aparte en el sitio web del emisor, y su propiedad verification dice cómo se comprueba la aserción. No es una credencial verificable: no tiene credentialSubject, ni validFrom, ni prueba incrustada, así que las comprobaciones de Open Badges 3.0 no se aplican. Open Badges 3.0 sustituyó este modelo porque el JSON alojado no dejaba ver si se había alterado y solía identificar al estudiante por su dirección de correo electrónico."
        }
        Msg::KnowNoType => "no tiene type",
        Msg::KnowNotVc => "su type no incluye VerifiableCredential",
        Msg::KnowNoContext => "no tiene @context",
        Msg::KnowNoSubject => "no tiene credentialSubject",
        Msg::KnowUnknown => {
            "Este JSON no es una credencial que este inspector reconozca: {missing}. Las credenciales Open Badges 3.0, CLR 2.0 y otras credenciales verificables tienen un type que incluye VerifiableCredential; las aserciones Open Badges 2.0 tienen el contexto {context}."
        }
        // Structure (the credential's type, subject and achievement).
        Msg::TypeIncludes => {
            "type incluye VerifiableCredential (modelo de datos de Open Badges 3.0; JSON Schema de CLR 2.0)."
        }
        Msg::TypeIncludesAnd => {
            "type incluye VerifiableCredential y {wanted} (modelo de datos de Open Badges 3.0; JSON Schema de CLR 2.0)."
        }
        Msg::TypeOr => "{a} o {b}",
        Msg::TypeMust => {
            "type debe incluir VerifiableCredential (W3C VC Data Model 2.0; modelo de datos de Open Badges 3.0); es: {types}."
        }
        Msg::None => "(ninguno)",
        Msg::SubjectMissing => {
            "credentialSubject falta o no es un objeto (modelo de datos de Open Badges 3.0)."
        }
        Msg::SubjectWrongType => {
            "credentialSubject no es del tipo «{wanted}» (su tipo es {types}; modelo de datos de Open Badges 3.0, {wanted})."
        }
        Msg::SubjectTypeMissing => "ninguno",
        Msg::SubjectEndorsementNoId => {
            "El titular del respaldo no tiene id: un EndorsementSubject nombra por su id lo que respalda (JSON Schema de Open Badges 3.0, EndorsementSubject)."
        }
        Msg::SubjectIdentified => {
            "El titular está identificado (por id o identifier), como exige la verificación (Open Badges 3.0, verificación)."
        }
        Msg::SubjectUnidentified => {
            "El titular no tiene id ni identifier: OB 3.0 exige uno de los dos (modelo de datos y verificación de Open Badges 3.0)."
        }
        Msg::SubjectClr => {
            "Un ClrSubject con verifiableCredential, como exige el esquema de CLR (JSON Schema de CLR 2.0)."
        }
        Msg::SubjectClrMissing => {
            "El esquema de CLR exige un ClrSubject con type y verifiableCredential (JSON Schema de CLR 2.0); falta: {missing}."
        }
        Msg::SubjectObject => {
            "credentialSubject es un objeto (modelo de datos de Open Badges 3.0)."
        }
        Msg::AchievementNone => {
            "El titular no nombra ningún logro: una Open Badge afirma exactamente uno (credentialSubject.achievement) (modelo de datos de Open Badges 3.0)."
        }
        Msg::AchievementComplete => {
            "El logro tiene id, type, criteria, description y name (JSON Schema de Open Badges 3.0)."
        }
        Msg::AchievementLacks => {
            "Al logro le falta lo siguiente: {missing} (obligatorios: id, type, criteria, description, name (JSON Schema de Open Badges 3.0))."
        }
        Msg::AchievementTypeNone => {
            "No hay achievementType (opcional), así que no consta la clase de logro."
        }
        Msg::AchievementTypeKnown => {
            "{type} es uno de los tipos de logro de OB 3.0 (modelo de datos de Open Badges 3.0)."
        }
        Msg::AchievementTypeBad => {
            "«{type}» no es uno de los 31 tipos de logro de OB 3.0 ni un valor de extensión (ext:Name) (JSON Schema de Open Badges 3.0)."
        }
        Msg::ClrAchievementLacks => "al logro {n} le falta lo siguiente: {missing}",
        Msg::ClrAssociationLacks => "a la asociación {n} le falta lo siguiente: {missing}",
        Msg::ClrAssociationUnknown => "la asociación {n} tiene el tipo desconocido «{type}»",
        Msg::ClrContentsComplete => {
            "{achievements} logro(s) con id, type, criteria, description y name (JSON Schema de Open Badges 3.0); {associations} asociación(es), cada una con type, associationType, sourceId y targetId y uno de los ocho tipos de asociación (JSON Schema de CLR 2.0)."
        }
        // Each proof's own verification (Data Integrity proofs and VC-JWTs).
        Msg::PfNotObject => "La prueba no es un objeto JSON, así que no puede llevar una firma.",
        Msg::PfNoType => "una prueba sin type",
        Msg::PfNoSuite => "una DataIntegrityProof sin cryptosuite",
        Msg::PfSuite => "una DataIntegrityProof con el conjunto criptográfico {suite}",
        Msg::PfOfType => "una prueba del tipo {type}",
        Msg::PfUnsupported => {
            "Firma sin verificar: se trata de {what}; este inspector verifica DataIntegrityProof con el conjunto criptográfico eddsa-rdfc-2022 (o su nombre de borrador, eddsa-2022) y el anterior Ed25519Signature2020."
        }
        Msg::PfPurpose => {
            "Firma sin verificar: el propósito de la prueba es {purpose}, no «assertionMethod» (una afirmación del emisor), así que no es la firma de la credencial por el emisor."
        }
        Msg::PfPurposeMissing => "inexistente",
        Msg::PfChain => {
            "Firma sin verificar: la prueba forma parte de una cadena de pruebas (previousProof), que este inspector no verifica."
        }
        Msg::PfNoMethod => {
            "La prueba no tiene verificationMethod, así que ninguna clave puede comprobar su firma."
        }
        Msg::PfNotVerified => "Firma sin verificar: {reason}",
        Msg::PfDataLoss => "La firma no puede ser válida para este documento: {error}.",
        Msg::PfNoCanon => {
            "Firma sin verificar: el documento no se puede canonicalizar aquí: {error}."
        }
        Msg::PfDraft => {
            "(eddsa-2022 es el nombre del borrador de 2022 de eddsa-rdfc-2022, que es el que los emisores deberían usar ya)"
        }
        Msg::PfMismatch => {
            "La firma {suite} no coincide: el documento o su prueba se modificaron después de firmarse, o se firmó con una clave distinta de {key}.{draft} No se fíe de su contenido."
        }
        Msg::PfNotIssuer => {
            "La firma {suite} coincide, pero la clave pertenece a {controller}, no al emisor {issuer}: alguien distinto del emisor firmó este documento."
        }
        Msg::PfMatchesDidKey => {
            "La firma {suite} coincide con {key}: el documento no ha cambiado desde que esa clave lo firmó. El identificador del emisor ({issuer}) no es ese did:key, así que nada en el documento vincula la clave con el emisor.{draft}"
        }
        Msg::PfMatches => {
            "La firma {suite} coincide con {key}: el documento no ha cambiado desde que esa clave lo firmó.{draft}"
        }
        Msg::PfNoValue => "La prueba no tiene proofValue: no lleva ninguna firma.",
        Msg::PfBadValue => "El proofValue no puede ser una firma: {why}.",
        Msg::PfValueLength => {
            "El proofValue mide {n} bytes; una firma Ed25519 mide 64, así que se modificó o no es una firma."
        }
        Msg::KeyFragment => {
            "la clave Ed25519 escrita en el fragmento del método de verificación (#{fragment}); no se leyó el documento del controlador en {base}, así que no se comprueba si {base} publica esta clave"
        }
        Msg::KeyDidKey => {
            "la clave que codifica el propio identificador {did} (did:key); un did:key no dice nada de quién la posee"
        }
        Msg::KeyFetched => "la clave {method} tal como la publica el documento descargado de {url}",
        Msg::JwsNone => {
            "El token no declara ningún algoritmo de firma (alg «none»): no está firmado en absoluto."
        }
        Msg::JwsNoKey => {
            "Firma sin verificar: la clave pública del emisor no está en el token, y este inspector no descarga claves de la red."
        }
        Msg::JwsNoKeyNamed => {
            "Firma sin verificar: la clave pública del emisor no está en el token (la cabecera nombra la clave «{kid}»), y este inspector no descarga claves de la red."
        }
        Msg::JwsAlg => {
            "Firma sin verificar: el token lleva su propia clave, pero su algoritmo ({alg}) no es uno de los que verifica este inspector (EdDSA, ES256, RS256 y PS256)."
        }
        Msg::JwsMatches => {
            "La firma {alg} coincide con la clave pública de la propia cabecera del token, así que el token no ha cambiado desde que se firmó con esa clave. Nada de esto demuestra que la clave pertenezca al emisor: un falsificador puede firmar con una clave propia."
        }
        Msg::JwsMismatch => {
            "La firma {alg} no coincide con el token: se modificó después de firmarse, o se firmó con otra clave. No se fíe de su contenido."
        }
        Msg::JwsBadKey => "La clave incrustada no se puede usar: {why}.",
        Msg::LabelJwt => "la firma del VC-JWT",
        Msg::LabelProof => "prueba {n} ({type})",
        Msg::LabelNoType => "sin tipo",
        // Structure: @context and the required properties.
        Msg::CtxMissing => {
            "Falta el URI obligatorio de @context {url} en la posición {n}; aquí hay {got}."
        }
        Msg::CtxNothing => "(nada)",
        Msg::CtxSourceClr => {
            "(JSON Schema de CLR 2.0, @context: VC 2.0, luego CLR 2.0, luego OB 3.0)"
        }
        Msg::CtxSourceOb => "(JSON Schema de Open Badges 3.0, @context: VC 2.0, luego OB 3.0)",
        Msg::CtxSourceVc => "(W3C VC Data Model 2.0, §4.3: primero el contexto base)",
        Msg::CtxInOrder => "{contexts}, en el orden exigido {source}.",
        Msg::CtxInOrderWith => "Los contextos obligatorios están en orden {source}, con {notes}.",
        Msg::CtxPosition => "posición {n}: {note}",
        Msg::CtxV11 => {
            "el contexto base de VC 1.1 (el modelo de datos anterior, con issuanceDate y expirationDate)"
        }
        Msg::CtxOtherVersion => "{got}, una versión distinta de la actual, {url}",
        Msg::SrcObAchievement => "el JSON Schema AchievementCredential de OB 3.0",
        Msg::SrcClr => "el JSON Schema ClrCredential de CLR 2.0",
        Msg::SrcObEndorsement => "el JSON Schema EndorsementCredential de OB 3.0",
        Msg::SrcVc => "las propiedades obligatorias de una credencial verificable en OB 3.0",
        Msg::RequiredAll => "Están todas estas: {list}, como exige {source}.",
        Msg::RequiredHint => {
            "(tiene issuanceDate, el nombre de VC 1.1, junto al contexto de VC 2.0)"
        }
        Msg::RequiredMissing => "Faltan: {missing}{hint}. Las que exige {source}: {list}.",
        // Structure: every object's type and properties.
        Msg::ObjTypeNone => "no tiene ninguno",
        Msg::ObjTypeIs => "es {types}",
        Msg::ObjNotOfType => "{path} no es del tipo «{name}» ({shown})",
        Msg::ObjMustHaveType => "{path} debe tener el tipo «{name}» ({shown})",
        Msg::ObjMustHaveTypes => {
            "{path} debe tener los tipos VerifiableCredential y {names} ({shown})"
        }
        Msg::ObjOr => "o",
        Msg::ObjMore => "; y {n} más",
        Msg::ObjTypesOk => {
            "{n} objeto(s) (issuer, achievement, results, identificadores, evidencias, alineaciones, respaldos…) tienen cada uno el tipo que exige su clase (modelo de datos de Open Badges 3.0)."
        }
        Msg::ObjTypesBad => {
            "{problems} (modelo de datos de Open Badges 3.0: cada clase nombra el tipo que deben llevar sus objetos)."
        }
        Msg::ObjLacks => "a {path} ({class}) le falta lo siguiente: {missing}",
        Msg::ObjCriteria => "{path} (Criteria) no tiene id ni narrative",
        Msg::ObjPropsOk => {
            "{n} objeto(s), además de la propia credencial, tienen cada uno las propiedades que exige su clase (JSON Schemas de Open Badges 3.0 y CLR 2.0)."
        }
        Msg::ObjPropsBad => {
            "{problems} (obligatorias según los JSON Schemas de Open Badges 3.0 y CLR 2.0)."
        }
    }
}
