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
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ProgressNotKept => {
            "Su progreso aquí no se conservará: permanece en esta página hasta que la abandone o la vuelva a cargar."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ProgressNotKeptBecause => {
            "Su progreso no se conservará: {why}. Permanece en esta página hasta que la abandone o la vuelva a cargar."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ProgressNotSavedBecause => {
            "No se pudo guardar su progreso: {why}. Sus cambios permanecen en esta página hasta que la abandone o la vuelva a cargar."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ProgressFromNewer => {
            "Su progreso guardado lo escribió una versión más reciente de estos componentes (formato {version}). Se deja como está; los cambios que haga aquí no se guardan. Vuelva a cargar la página para obtener la versión más reciente."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ProgressPartlyUnreadable => {
            "Una parte de su progreso guardado no se pudo leer y se omitió ({parts}). Se muestra el resto; la parte ilegible se eliminará la próxima vez que haga un cambio."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ProgressUnreadable => {
            "No se pudo leer su progreso guardado ({why}), así que esto empieza vacío. Los datos ilegibles se reemplazarán la próxima vez que haga un cambio."
        }
        // The checklist.
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NoChecklist => "El módulo \"{module}\" no tiene ninguna lista de verificación.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NoSuchChecklist => {
            "No hay ninguna lista de verificación \"{id}\" en el módulo \"{module}\". Sus listas son: {ids}."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::SeveralChecklists => {
            "El módulo \"{module}\" tiene varias listas de verificación; indique una con el atributo list: {ids}."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ChecklistProgress => "Progreso: {title}",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::DoneOf => "{done} de {total} completados",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ChangeTicked => "marcar “{item}”",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ChangeUnticked => "desmarcar “{item}”",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ChangeNote => "la nota sobre “{item}”",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ChangeReset => "restablecer la lista",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ExplainedIn => "Se explica en",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ShowGuidance => "Mostrar orientación",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::HideGuidance => "Ocultar orientación",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::GuidanceFor => "sobre “{item}”",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::YourNote => "Su nota",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NoteOn => "sobre “{item}”",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Downloaded => "Se descargó {file}.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::DownloadFailed => "No se pudo descargar el archivo: {why}.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NoPrinting => "Esta página no permite imprimir.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Undone => "Se deshizo: {change}.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NothingToUndo => "No hay nada que deshacer.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::WasReset => "Se restableció la lista. «Deshacer» la recupera.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::AlreadyEmpty => "La lista ya estaba vacía.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Undo => "Deshacer",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ResetEllipsis => "Restablecer…",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ResetQuestion => {
            "¿Borrar todas las marcas y notas de esta lista? Podrá deshacerlo después."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ClearChecklist => "Borrar la lista",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::KeepIt => "Conservarla",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ExportMarkdown => "Exportar como Markdown",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ExportCsv => "Exportar como CSV",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Print => "Imprimir",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StaleTicked => "marcado",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StaleNote => "nota: “{note}”",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StaleItems => {
            "Esta lista ha cambiado desde la última vez que la guardó. Estos elementos ya no están en ella: {items}. Sus marcas y notas se eliminarán la próxima vez que haga un cambio."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ExportChecklistTitle => "Lista de verificación: {title}",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ExportNote => "Nota",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::CsvGroup => "Grupo",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::CsvItem => "Elemento",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::CsvDone => "Hecho",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::CsvItemId => "Id. del elemento",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Yes => "sí",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::No => "no",
        // The module viewer.
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ModuleMeta => "Módulo {n} · unos {minutes} minutos",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::LearningObjectives => "Objetivos de aprendizaje",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ObjectivesIntro => "Cuando haya completado este módulo, podrá:",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::References => "Referencias",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::SectionsOf => "Secciones de {module}",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Previous => "Anterior",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Next => "Siguiente",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::SectionOf => "Sección {n} de {total}",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::PagerLabel => "Sección anterior y siguiente",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Visited => "Visitada",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NotVisited => "Aún sin visitar",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::AnsweredOf => "{answered} de {total} respondidas",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::SoFar => "Hasta ahora {list}.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::VisitedSections => "ha visitado {n} de {total} secciones",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::AnsweredQuestions => "ha respondido {n} de {total} preguntas de reflexión",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::DoneItems => "ha completado {n} de {total} elementos de las listas de verificación",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ExportMyNotes => "Exportar mis notas",
        #[cfg(feature = "prerender")]
        Msg::ProgressOnItsWay => {
            "Su progreso en este módulo aparecerá aquí cuando la página termine de cargar."
        }
        #[cfg(feature = "prerender")]
        Msg::TicksOnTheirWay => {
            "Sus marcas en esta lista aparecerán aquí cuando la página termine de cargar."
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NotesSaved => "Sus notas se guardaron en un archivo Markdown.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NotesNotSaved => "No se pudieron guardar sus notas: {why}.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::MyNotes => "Mis notas: {module}",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::NotAnswered => "Aún sin responder.",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::CaseLabel => "Caso de ejemplo sobre una institución compuesta (ficticia)",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::ReadCase => "Leer el caso",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::HideCase => "Ocultar el caso",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::Discussion => "Para debatir",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StaleAnswers => {
            "Algunas preguntas que respondió ya no están en este módulo. Sus respuestas se eliminarán la próxima vez que cambie una respuesta; cópielas ahora si desea conservarlas. {answers}"
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::AnswerSaved => "Guardada",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::AnswerNotKept => "Solo se conserva en esta página, no se guarda",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::AnswerErased => "Respuesta borrada",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::EraseAnswer => "Borrar la respuesta",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::BringBack => "Recuperarla",
        // The module viewer in a learning platform (SCORM).
        #[cfg(feature = "lms")]
        Msg::LmsNoReason => "sin motivo indicado",
        #[cfg(feature = "lms")]
        Msg::LmsErrorCode => "error {code}",
        #[cfg(feature = "lms")]
        Msg::LmsErrorCodeText => "error {code}: {text}",
        #[cfg(feature = "lms")]
        Msg::LmsNotStarted => {
            "La plataforma de aprendizaje no inició una sesión para este módulo ({reason}). Su progreso aquí se conserva solo en este navegador: la plataforma no lo registra, ni tampoco que haya completado este módulo. Para que se registre, salga de esta actividad y vuelva a abrir el módulo desde la página del curso; si este mensaje vuelve a aparecer, avise al administrador del curso."
        }
        #[cfg(feature = "lms")]
        Msg::LmsNotSaved => {
            "La plataforma de aprendizaje no guardó su progreso más reciente ({reason}). Se conserva en este navegador y se enviará de nuevo a la plataforma con su próximo cambio; hasta entonces, el registro de este módulo en la plataforma está desactualizado. Si este mensaje no desaparece, vuelva a cargar la página; si reaparece, avise al administrador del curso."
        }
        #[cfg(feature = "lms")]
        Msg::LmsLeftOut => {
            "La plataforma de aprendizaje guarda como máximo {limit} caracteres de su progreso en este curso, y el suyo es más largo, así que {what} se conservan solo en este navegador: la plataforma tiene el resto. No estarán en otro equipo ni en otro navegador; «Exportar mis notas» guarda una copia que puede conservar."
        }
        #[cfg(feature = "lms")]
        Msg::LmsLeftAnswers => "sus respuestas a las preguntas de reflexión",
        #[cfg(feature = "lms")]
        Msg::LmsLeftNotes => "sus notas sobre los elementos de las listas",
        #[cfg(feature = "lms")]
        Msg::LmsLeftTicks => "algunas de sus marcas en las listas",
        #[cfg(feature = "lms")]
        Msg::LmsLeftPlace => "el punto en que se quedó en un módulo",
        // The credential explorer.
        #[cfg(feature = "explorer")]
        Msg::LibraryMismatch => {
            "La biblioteca junto al curso pertenece al curso \"{library}\", no a \"{course}\". Vuelva a compilar el curso para que ambos archivos procedan del mismo contenido."
        }
        #[cfg(feature = "explorer")]
        Msg::ExplorerTitle => "Tipos de credenciales y cómo se relacionan",
        #[cfg(feature = "explorer")]
        Msg::ExplorerSummary => {
            "Explore la jerarquía de credenciales: qué es cada tipo, cómo lo llaman Open Badges 3.0 y CTDL, y cómo las credenciales menores se apilan en otras mayores."
        }
        #[cfg(feature = "explorer")]
        Msg::NoTypes => "Este curso aún no tiene tipos de credenciales.",
        #[cfg(feature = "explorer")]
        Msg::UnknownType => "Tipo de credencial desconocido",
        #[cfg(feature = "explorer")]
        Msg::UnknownFocus => {
            "La opción focus indica \"{id}\", que no es un tipo de credencial de este curso. El explorador se abrió sin selección. Identificadores válidos: {ids}."
        }
        #[cfg(feature = "explorer")]
        Msg::NoMatch => {
            "Ningún tipo de credencial coincide con “{query}”. Pruebe otra grafía o una palabra más general."
        }
        #[cfg(feature = "explorer")]
        Msg::OneMatch => "{n} de {total} tipos de credenciales coincide con “{query}”.",
        #[cfg(feature = "explorer")]
        Msg::Matches => "{n} de {total} tipos de credenciales coinciden con “{query}”.",
        #[cfg(feature = "explorer")]
        Msg::TypeCount => "{total} tipos de credenciales.",
        #[cfg(feature = "explorer")]
        Msg::FindType => "Buscar un tipo por su nombre u otro nombre",
        #[cfg(feature = "explorer")]
        Msg::ExpandAll => "Expandir todo",
        #[cfg(feature = "explorer")]
        Msg::CollapseAll => "Contraer todo",
        #[cfg(feature = "explorer")]
        Msg::TreeHint => {
            "Las flechas mueven y abren; Intro selecciona; escriba una letra para saltar."
        }
        #[cfg(feature = "explorer")]
        Msg::TreeLabel => "Jerarquía de tipos de credenciales",
        #[cfg(feature = "explorer")]
        Msg::AlsoCalled => "también llamado",
        #[cfg(feature = "explorer")]
        Msg::Details => "Detalles",
        #[cfg(feature = "explorer")]
        Msg::ChooseType => {
            "Elija un tipo de credencial en el árbol para ver su definición, cómo lo llaman Open Badges 3.0 y CTDL, cómo se apila y dónde lo trata el curso."
        }
        #[cfg(feature = "explorer")]
        Msg::InHierarchy => "En la jerarquía: {path}",
        #[cfg(feature = "explorer")]
        Msg::StandardsDisagree => "Dónde discrepan Open Badges 3.0 y CTDL",
        #[cfg(feature = "explorer")]
        Msg::Definition => "Definición",
        #[cfg(feature = "explorer")]
        Msg::TypicalSize => "Tamaño típico",
        #[cfg(feature = "explorer")]
        Msg::NoTypicalSize => "Ninguna fuente de este curso indica un tamaño típico.",
        #[cfg(feature = "explorer")]
        Msg::HowAssessed => "Cómo se evalúa",
        #[cfg(feature = "explorer")]
        Msg::NotDescribed => "No se describe.",
        #[cfg(feature = "explorer")]
        Msg::WhoIssues => "Quién suele emitirla",
        #[cfg(feature = "explorer")]
        Msg::ObAchievementType => "achievementType de Open Badges 3.0",
        #[cfg(feature = "explorer")]
        Msg::NoObAchievementType => "Ninguno: Open Badges 3.0 no tiene un valor para este tipo.",
        #[cfg(feature = "explorer")]
        Msg::CtdlClass => "Clase de CTDL",
        #[cfg(feature = "explorer")]
        Msg::NoCtdlClass => "Ninguna: CTDL no tiene una clase para este tipo.",
        #[cfg(feature = "explorer")]
        Msg::HowStacks => "Cómo se apila",
        #[cfg(feature = "explorer")]
        Msg::CompareFull => "Ya hay {limit} tipos elegidos; quite uno para añadir este.",
        #[cfg(feature = "explorer")]
        Msg::ComparePickUpTo => "Elija hasta {limit} tipos para verlos lado a lado.",
        #[cfg(feature = "explorer")]
        Msg::ComparePicked => "{n} de {limit} elegidos.",
        #[cfg(feature = "explorer")]
        Msg::Compare => "Comparar",
        #[cfg(feature = "explorer")]
        Msg::TopLevelType => "Ninguno: es un tipo de nivel superior.",
        #[cfg(feature = "explorer")]
        Msg::NoneDot => "Ninguno.",
        #[cfg(feature = "explorer")]
        Msg::BroaderType => "Tipo más amplio",
        #[cfg(feature = "explorer")]
        Msg::NarrowerTypes => "Tipos más específicos",
        #[cfg(feature = "explorer")]
        Msg::StepOf => "Paso {n} de {total} en “{pathway}”",
        #[cfg(feature = "explorer")]
        Msg::PathwaysOfType => "Itinerarios apilables de los que forma parte",
        #[cfg(feature = "explorer")]
        Msg::ModulesDiscuss => "Módulos que lo tratan",
        #[cfg(feature = "explorer")]
        Msg::RelatedTerms => "Términos relacionados del glosario",
        #[cfg(feature = "explorer")]
        Msg::Sources => "Fuentes",
        #[cfg(feature = "explorer")]
        Msg::RemoveFromComparison => "Quitar {type} de la comparación",
        #[cfg(feature = "explorer")]
        Msg::Remove => "Quitar",
        #[cfg(feature = "explorer")]
        Msg::NotGiven => "No se indica",
        #[cfg(feature = "explorer")]
        Msg::CompareHint => {
            "Marque «Comparar» en uno o dos tipos más (hasta {limit}) para verlos lado a lado."
        }
        #[cfg(feature = "explorer")]
        Msg::SideBySide => "Lado a lado: {names}",
        #[cfg(feature = "explorer")]
        Msg::CompareTypes => "Comparar tipos de credenciales",
        #[cfg(feature = "explorer")]
        Msg::ClearComparison => "Vaciar la comparación",
        #[cfg(feature = "explorer")]
        Msg::StackablePathways => "Itinerarios apilables",
        #[cfg(feature = "explorer")]
        Msg::PathwaysIntro => {
            "Cada itinerario enumera tipos de credenciales en el orden en que un estudiante puede obtenerlos, y cada uno cuenta para el siguiente. Elija un paso para ver sus detalles."
        }
        #[cfg(feature = "explorer")]
        Msg::IllustrativeExample => "Ejemplo ilustrativo",
        #[cfg(feature = "explorer")]
        Msg::NoSourceBacks => "ninguna fuente de este curso respalda esta secuencia exacta.",
        #[cfg(feature = "explorer")]
        Msg::Source => "Fuente",
        #[cfg(feature = "explorer")]
        Msg::MapHeading => "La jerarquía como mapa",
        #[cfg(feature = "explorer")]
        Msg::MapCaption => {
            "Cada recuadro es un tipo de credencial, en la columna del tamaño que este curso le asigna: los niveles de titulación de IPEDS, de menor a mayor desde la izquierda. Un tipo sin tamaño en este curso, o sin tamaño nacional, se muestra como tal, no se coloca a ojo. Las líneas grises unen cada tipo con su tipo más amplio; las flechas de color son los itinerarios apilables. Elija un recuadro para ver los detalles del tipo; el árbol de abajo contiene los mismos tipos para usarlos con el teclado."
        }
        #[cfg(feature = "explorer")]
        Msg::MapLegend => "Itinerarios dibujados como flechas:",
        #[cfg(feature = "explorer")]
        Msg::MapInWords => "El mapa en palabras",
        #[cfg(feature = "explorer")]
        Msg::MapSameType => {
            "Un tipo que aparece en varias columnas (unidas por una línea de puntos) se otorga en cada uno de esos niveles."
        }
        #[cfg(feature = "explorer")]
        Msg::MapNone => "ninguno",
        #[cfg(feature = "explorer")]
        Msg::MapLines => "Las líneas unen cada tipo con su tipo más amplio, como en el árbol.",
        #[cfg(feature = "explorer")]
        Msg::MapScrollBox => {
            "Mapa de credenciales (una imagen; el árbol de abajo contiene lo mismo)"
        }
        #[cfg(feature = "explorer")]
        Msg::MapScrolls => "En una pantalla estrecha, el mapa se desplaza hacia los lados.",
        #[cfg(feature = "explorer")]
        Msg::MapUnsized => "Sin tamaño en este curso",
        #[cfg(feature = "explorer")]
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
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageUnavailable => "este navegador no permite guardar datos aquí ({why})",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageFull => "el almacenamiento del navegador para este sitio está lleno",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageTooLarge => {
            "el progreso guardado ocuparía {chars} caracteres, más de los {limit} que conserva la plataforma de aprendizaje"
        }
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageFailed => "falló el almacenamiento ({why})",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageNoWindow => "no hay ninguna ventana",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageNoLocal => "el navegador no ofrece almacenamiento local",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageBlocked => "la página que lo contiene bloquea el almacenamiento",
        #[cfg(any(feature = "viewer", feature = "prerender"))]
        Msg::StorageLmsNewer => {
            "la plataforma de aprendizaje guarda progreso de una versión más reciente"
        }
    }
}
