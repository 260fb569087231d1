//! The Spanish interface texts (neutral Spanish for registrars: "expediente académico",
//! "credencial", "insignia", "microcredencial"; the learner is addressed as *usted*).
//! Placeholders `{name}` are those of the English texts.

use super::Msg;

/// The text of `msg`.
pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        // Shared by every widget.
        Msg::Loading => "Cargando…",
        Msg::ModuleN => "Módulo {n}",
        Msg::ViewerNotShown => "No se pudo mostrar el visor de módulos",
        Msg::ChecklistNotShown => "No se pudo mostrar la lista de verificación",
        Msg::ExplorerNotShown => "No se pudo mostrar el explorador de credenciales",
        Msg::WidgetNotShown => "No se pudo mostrar este componente",
        Msg::NoSuchWidget => {
            "No hay ningún componente llamado \"{kind}\". Los componentes son: {kinds}."
        }
        Msg::MissingOption => {
            "No se indicó ningún {attribute}: defina el atributo {attribute}, por ejemplo {example}."
        }
        Msg::OptionNeedsReload => {
            "El atributo {attribute} se definió cuando los componentes ya se habían iniciado sin la parte que necesita: vuelva a cargar la página."
        }
        Msg::BadHeadingLevel => {
            "heading-level debe ser un número entero del 1 al 6 (el nivel del encabezado superior del componente; 2 si se omite), no \"{value}\"."
        }
        Msg::ReferenceN => "Referencia {n}",
        Msg::DownloadRefusedFile => "el navegador no permitió crear el archivo",
        Msg::DownloadRefusedStart => "el navegador no permitió iniciar la descarga",
        // Saved progress (the store's notices).
        Msg::ProgressNotKept => {
            "Su progreso aquí no se conservará: permanece en esta página hasta que la abandone o la vuelva a cargar."
        }
        Msg::ProgressNotKeptBecause => {
            "Su progreso no se conservará: {why}. Permanece en esta página hasta que la abandone o la vuelva a cargar."
        }
        Msg::ProgressNotSavedBecause => {
            "No se pudo guardar su progreso: {why}. Sus cambios permanecen en esta página hasta que la abandone o la vuelva a cargar."
        }
        Msg::ProgressFromNewer => {
            "Su progreso guardado lo escribió una versión más reciente de estos componentes (formato {version}). Se deja como está; los cambios que haga aquí no se guardan. Vuelva a cargar la página para obtener la versión más reciente."
        }
        Msg::ProgressPartlyUnreadable => {
            "Una parte de su progreso guardado no se pudo leer y se omitió ({parts}). Se muestra el resto; la parte ilegible se eliminará la próxima vez que haga un cambio."
        }
        Msg::ProgressUnreadable => {
            "No se pudo leer su progreso guardado ({why}), así que esto empieza vacío. Los datos ilegibles se reemplazarán la próxima vez que haga un cambio."
        }
        // The checklist.
        Msg::NoChecklist => "El módulo \"{module}\" no tiene ninguna lista de verificación.",
        Msg::NoSuchChecklist => {
            "No hay ninguna lista de verificación \"{id}\" en el módulo \"{module}\". Sus listas son: {ids}."
        }
        Msg::SeveralChecklists => {
            "El módulo \"{module}\" tiene varias listas de verificación; indique una con el atributo list: {ids}."
        }
        Msg::ChecklistProgress => "Progreso: {title}",
        Msg::DoneOf => "{done} de {total} completados",
        Msg::ChangeTicked => "marcar “{item}”",
        Msg::ChangeUnticked => "desmarcar “{item}”",
        Msg::ChangeNote => "la nota sobre “{item}”",
        Msg::ChangeReset => "restablecer la lista",
        Msg::ExplainedIn => "Se explica en",
        Msg::ShowGuidance => "Mostrar orientación",
        Msg::HideGuidance => "Ocultar orientación",
        Msg::GuidanceFor => "sobre “{item}”",
        Msg::YourNote => "Su nota",
        Msg::NoteOn => "sobre “{item}”",
        Msg::Downloaded => "Se descargó {file}.",
        Msg::DownloadFailed => "No se pudo descargar el archivo: {why}.",
        Msg::NoPrinting => "Esta página no permite imprimir.",
        Msg::Undone => "Se deshizo: {change}.",
        Msg::NothingToUndo => "No hay nada que deshacer.",
        Msg::WasReset => "Se restableció la lista. «Deshacer» la recupera.",
        Msg::AlreadyEmpty => "La lista ya estaba vacía.",
        Msg::Undo => "Deshacer",
        Msg::ResetEllipsis => "Restablecer…",
        Msg::ResetQuestion => {
            "¿Borrar todas las marcas y notas de esta lista? Podrá deshacerlo después."
        }
        Msg::ClearChecklist => "Borrar la lista",
        Msg::KeepIt => "Conservarla",
        Msg::ExportMarkdown => "Exportar como Markdown",
        Msg::ExportCsv => "Exportar como CSV",
        Msg::Print => "Imprimir",
        Msg::StaleTicked => "marcado",
        Msg::StaleNote => "nota: “{note}”",
        Msg::StaleItems => {
            "Esta lista ha cambiado desde la última vez que la guardó. Estos elementos ya no están en ella: {items}. Sus marcas y notas se eliminarán la próxima vez que haga un cambio."
        }
        Msg::ExportChecklistTitle => "Lista de verificación: {title}",
        Msg::ExportNote => "Nota",
        Msg::CsvGroup => "Grupo",
        Msg::CsvItem => "Elemento",
        Msg::CsvDone => "Hecho",
        Msg::CsvItemId => "Id. del elemento",
        Msg::Yes => "sí",
        Msg::No => "no",
        // The module viewer.
        Msg::ModuleMeta => "Módulo {n} · unos {minutes} minutos",
        Msg::LearningObjectives => "Objetivos de aprendizaje",
        Msg::ObjectivesIntro => "Cuando haya completado este módulo, podrá:",
        Msg::References => "Referencias",
        Msg::SectionsOf => "Secciones de {module}",
        Msg::Previous => "Anterior",
        Msg::Next => "Siguiente",
        Msg::SectionOf => "Sección {n} de {total}",
        Msg::PagerLabel => "Sección anterior y siguiente",
        Msg::Visited => "Visitada",
        Msg::NotVisited => "Aún sin visitar",
        Msg::AnsweredOf => "{answered} de {total} respondidas",
        Msg::SoFar => "Hasta ahora {list}.",
        Msg::VisitedSections => "ha visitado {n} de {total} secciones",
        Msg::AnsweredQuestions => "ha respondido {n} de {total} preguntas de reflexión",
        Msg::DoneItems => "ha completado {n} de {total} elementos de las listas de verificación",
        Msg::ExportMyNotes => "Exportar mis notas",
        Msg::ProgressOnItsWay => {
            "Su progreso en este módulo aparecerá aquí cuando la página termine de cargar."
        }
        Msg::NotesSaved => "Sus notas se guardaron en un archivo Markdown.",
        Msg::NotesNotSaved => "No se pudieron guardar sus notas: {why}.",
        Msg::MyNotes => "Mis notas: {module}",
        Msg::NotAnswered => "Aún sin responder.",
        Msg::CaseLabel => "Caso de ejemplo sobre una institución compuesta (ficticia)",
        Msg::ReadCase => "Leer el caso",
        Msg::HideCase => "Ocultar el caso",
        Msg::Discussion => "Para debatir",
        Msg::StaleAnswers => {
            "Algunas preguntas que respondió ya no están en este módulo. Sus respuestas se eliminarán la próxima vez que cambie una respuesta; cópielas ahora si desea conservarlas. {answers}"
        }
        Msg::AnswerSaved => "Guardada",
        Msg::AnswerNotKept => "Solo se conserva en esta página, no se guarda",
        Msg::AnswerErased => "Respuesta borrada",
        Msg::EraseAnswer => "Borrar la respuesta",
        Msg::BringBack => "Recuperarla",
        // The module viewer in a learning platform (SCORM).
        Msg::LmsNoReason => "sin motivo indicado",
        Msg::LmsErrorCode => "error {code}",
        Msg::LmsErrorCodeText => "error {code}: {text}",
        Msg::LmsNotStarted => {
            "La plataforma de aprendizaje no inició una sesión para este módulo ({reason}). Su progreso aquí se conserva solo en este navegador: la plataforma no lo registra, ni tampoco que haya completado este módulo. Para que se registre, salga de esta actividad y vuelva a abrir el módulo desde la página del curso; si este mensaje vuelve a aparecer, avise al administrador del curso."
        }
        Msg::LmsNotSaved => {
            "La plataforma de aprendizaje no guardó su progreso más reciente ({reason}). Se conserva en este navegador y se enviará de nuevo a la plataforma con su próximo cambio; hasta entonces, el registro de este módulo en la plataforma está desactualizado. Si este mensaje no desaparece, vuelva a cargar la página; si reaparece, avise al administrador del curso."
        }
        Msg::LmsLeftOut => {
            "La plataforma de aprendizaje guarda como máximo {limit} caracteres de su progreso en este curso, y el suyo es más largo, así que {what} se conservan solo en este navegador: la plataforma tiene el resto. No estarán en otro equipo ni en otro navegador; «Exportar mis notas» guarda una copia que puede conservar."
        }
        Msg::LmsLeftAnswers => "sus respuestas a las preguntas de reflexión",
        Msg::LmsLeftNotes => "sus notas sobre los elementos de las listas",
        Msg::LmsLeftTicks => "algunas de sus marcas en las listas",
        Msg::LmsLeftPlace => "el punto en que se quedó en un módulo",
        // The credential explorer.
        Msg::LibraryMismatch => {
            "La biblioteca junto al curso pertenece al curso \"{library}\", no a \"{course}\". Vuelva a compilar el curso para que ambos archivos procedan del mismo contenido."
        }
        Msg::ExplorerTitle => "Tipos de credenciales y cómo se relacionan",
        Msg::ExplorerSummary => {
            "Explore la jerarquía de credenciales: qué es cada tipo, cómo lo llaman Open Badges 3.0 y CTDL, y cómo las credenciales menores se apilan en otras mayores."
        }
        Msg::NoTypes => "Este curso aún no tiene tipos de credenciales.",
        Msg::UnknownType => "Tipo de credencial desconocido",
        Msg::UnknownFocus => {
            "La opción focus indica \"{id}\", que no es un tipo de credencial de este curso. El explorador se abrió sin selección. Identificadores válidos: {ids}."
        }
        Msg::NoMatch => {
            "Ningún tipo de credencial coincide con “{query}”. Pruebe otra grafía o una palabra más general."
        }
        Msg::OneMatch => "{n} de {total} tipos de credenciales coincide con “{query}”.",
        Msg::Matches => "{n} de {total} tipos de credenciales coinciden con “{query}”.",
        Msg::TypeCount => "{total} tipos de credenciales.",
        Msg::FindType => "Buscar un tipo por su nombre u otro nombre",
        Msg::ExpandAll => "Expandir todo",
        Msg::CollapseAll => "Contraer todo",
        Msg::TreeHint => {
            "Las flechas mueven y abren; Intro selecciona; escriba una letra para saltar."
        }
        Msg::TreeLabel => "Jerarquía de tipos de credenciales",
        Msg::AlsoCalled => "también llamado",
        Msg::Details => "Detalles",
        Msg::ChooseType => {
            "Elija un tipo de credencial en el árbol para ver su definición, cómo lo llaman Open Badges 3.0 y CTDL, cómo se apila y dónde lo trata el curso."
        }
        Msg::InHierarchy => "En la jerarquía: {path}",
        Msg::StandardsDisagree => "Dónde discrepan Open Badges 3.0 y CTDL",
        Msg::Definition => "Definición",
        Msg::TypicalSize => "Tamaño típico",
        Msg::NoTypicalSize => "Ninguna fuente de este curso indica un tamaño típico.",
        Msg::HowAssessed => "Cómo se evalúa",
        Msg::NotDescribed => "No se describe.",
        Msg::WhoIssues => "Quién suele emitirla",
        Msg::ObAchievementType => "achievementType de Open Badges 3.0",
        Msg::NoObAchievementType => "Ninguno: Open Badges 3.0 no tiene un valor para este tipo.",
        Msg::CtdlClass => "Clase de CTDL",
        Msg::NoCtdlClass => "Ninguna: CTDL no tiene una clase para este tipo.",
        Msg::HowStacks => "Cómo se apila",
        Msg::CompareFull => "Ya hay {limit} tipos elegidos; quite uno para añadir este.",
        Msg::ComparePickUpTo => "Elija hasta {limit} tipos para verlos lado a lado.",
        Msg::ComparePicked => "{n} de {limit} elegidos.",
        Msg::Compare => "Comparar",
        Msg::TopLevelType => "Ninguno: es un tipo de nivel superior.",
        Msg::NoneDot => "Ninguno.",
        Msg::BroaderType => "Tipo más amplio",
        Msg::NarrowerTypes => "Tipos más específicos",
        Msg::StepOf => "Paso {n} de {total} en “{pathway}”",
        Msg::PathwaysOfType => "Itinerarios apilables de los que forma parte",
        Msg::ModulesDiscuss => "Módulos que lo tratan",
        Msg::RelatedTerms => "Términos relacionados del glosario",
        Msg::Sources => "Fuentes",
        Msg::RemoveFromComparison => "Quitar {type} de la comparación",
        Msg::Remove => "Quitar",
        Msg::NotGiven => "No se indica",
        Msg::CompareHint => {
            "Marque «Comparar» en uno o dos tipos más (hasta {limit}) para verlos lado a lado."
        }
        Msg::SideBySide => "Lado a lado: {names}",
        Msg::CompareTypes => "Comparar tipos de credenciales",
        Msg::ClearComparison => "Vaciar la comparación",
        Msg::StackablePathways => "Itinerarios apilables",
        Msg::PathwaysIntro => {
            "Cada itinerario enumera tipos de credenciales en el orden en que un estudiante puede obtenerlos, y cada uno cuenta para el siguiente. Elija un paso para ver sus detalles."
        }
        Msg::IllustrativeExample => "Ejemplo ilustrativo",
        Msg::NoSourceBacks => "ninguna fuente de este curso respalda esta secuencia exacta.",
        Msg::Source => "Fuente",
        Msg::MapHeading => "La jerarquía como mapa",
        Msg::MapCaption => {
            "Cada recuadro es un tipo de credencial, en la columna del tamaño que este curso le asigna: los niveles de titulación de IPEDS, de menor a mayor desde la izquierda. Un tipo sin tamaño en este curso, o sin tamaño nacional, se muestra como tal, no se coloca a ojo. Las líneas grises unen cada tipo con su tipo más amplio; las flechas de color son los itinerarios apilables. Elija un recuadro para ver los detalles del tipo; el árbol de abajo contiene los mismos tipos para usarlos con el teclado."
        }
        Msg::MapLegend => "Itinerarios dibujados como flechas:",
        Msg::MapInWords => "El mapa en palabras",
        Msg::MapSameType => {
            "Un tipo que aparece en varias columnas (unidas por una línea de puntos) se otorga en cada uno de esos niveles."
        }
        Msg::MapNone => "ninguno",
        Msg::MapLines => "Las líneas unen cada tipo con su tipo más amplio, como en el árbol.",
        Msg::MapScrollBox => {
            "Mapa de credenciales (una imagen; el árbol de abajo contiene lo mismo)"
        }
        Msg::MapScrolls => "En una pantalla estrecha, el mapa se desplaza hacia los lados.",
        Msg::MapUnsized => "Sin tamaño en este curso",
        Msg::MapNoNationalSize => "Sin tamaño nacional",
        // Loading the course (what the widgets' alerts say).
        Msg::LoadNetwork => {
            "No se pudo obtener {url}. Puede que la dirección sea incorrecta, que no haya red o que el servidor no permita que esta página lo lea (CORS)."
        }
        Msg::LoadHttp => "El servidor respondió {status} para {url}.",
        Msg::LoadTooLarge => {
            "{url} es demasiado grande para ser un archivo de curso compilado: al menos {bytes} bytes, más de los {max} que leen estos componentes."
        }
        Msg::LoadJson => "{url} no es un archivo de curso compilado: {detail}.",
        Msg::LoadVersion => {
            "{url} se compiló para el formato {found}; estos componentes leen el formato {version}. Vuelva a compilar el curso con la versión correspondiente de ler-content."
        }
        Msg::LoadBadAddress => "La dirección del curso {url} no es una URL válida.",
        Msg::LoadUnknownModule => {
            "No hay ningún módulo \"{module}\" en \"{course}\". Los módulos son: {ids}."
        }
        // Why progress could not be saved (inside the store's notices).
        Msg::StorageUnavailable => "este navegador no permite guardar datos aquí ({why})",
        Msg::StorageFull => "el almacenamiento del navegador para este sitio está lleno",
        Msg::StorageTooLarge => {
            "el progreso guardado ocuparía {chars} caracteres, más de los {limit} que conserva la plataforma de aprendizaje"
        }
        Msg::StorageFailed => "falló el almacenamiento ({why})",
        Msg::StorageNoWindow => "no hay ninguna ventana",
        Msg::StorageNoLocal => "el navegador no ofrece almacenamiento local",
        Msg::StorageBlocked => "la página que lo contiene bloquea el almacenamiento",
        Msg::StorageLmsNewer => {
            "la plataforma de aprendizaje guarda progreso de una versión más reciente"
        }
    }
}
