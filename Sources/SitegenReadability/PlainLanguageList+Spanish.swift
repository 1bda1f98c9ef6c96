// The built-in Spanish list: entries sitegen writes itself (the project's own work, under its
// licence), for patient text in any Spanish (words used in Spain and in the Americas alike).
// A note in brackets says where the everyday word is not exact.
extension PlainLanguageList {
    /// Wordy phrases and formal words of general Spanish.
    static let spanishGeneral: [(String, String)] = [
        ("a fin de", "para"), ("a fin de que", "para que"), ("con el fin de", "para"), ("con el objeto de", "para"),
        ("con la finalidad de", "para"), ("con el propósito de", "para"), ("al objeto de", "para"),
        ("debido a que", "porque"), ("dado que", "como"), ("en el caso de que", "si"), ("en caso de que", "si"),
        ("en el supuesto de que", "si"), ("no obstante", "pero"), ("asimismo", "también"), ("por consiguiente", "por eso"),
        ("a pesar de que", "aunque"), ("en la actualidad", "hoy"), ("en el momento actual", "ahora"),
        ("con anterioridad", "antes"), ("con posterioridad", "después"), ("previamente", "antes"),
        ("posteriormente", "después"), ("aproximadamente", "unos"), ("numerosos", "muchos"), ("numerosas", "muchas"),
        ("una gran cantidad de", "muchos"), ("en la mayoría de los casos", "casi siempre"), ("en ocasiones", "a veces"),
        ("frecuentemente", "a menudo"), ("mediante", "con"), ("por medio de", "con"), ("en relación con", "sobre"),
        ("en relación a", "sobre"), ("con respecto a", "sobre"), ("en lo que respecta a", "sobre"),
        ("en lo referente a", "sobre"), ("en lo relativo a", "sobre"), ("de conformidad con", "según"),
        ("en base a", "según"), ("en el transcurso de", "durante"), ("a la mayor brevedad", "lo antes posible"),
        ("a la mayor brevedad posible", "lo antes posible"), ("tener lugar", "pasar"), ("tiene lugar", "pasa"),
        ("llevar a cabo", "hacer"), ("se lleva a cabo", "se hace"), ("hacer uso de", "usar"),
        ("poner de manifiesto", "mostrar"), ("tomar en consideración", "tener en cuenta"), ("utilizar", "usar"),
        ("utiliza", "usa"), ("utilizan", "usan"), ("utilizado", "usado"), ("utilizada", "usada"), ("efectuar", "hacer"),
        ("realizar", "hacer"), ("se realiza", "se hace"), ("proporcionar", "dar"), ("proporciona", "da"),
        ("adquirir", "conseguir"), ("finalizar", "terminar"), ("iniciar", "empezar"), ("solicitar", "pedir"),
        ("notificar", "avisar"), ("visualizar", "ver"), ("evidenciar", "mostrar"), ("constatar", "comprobar"),
        ("incrementar", "aumentar"), ("incremento", "aumento"), ("minimizar", "reducir"), ("optimizar", "mejorar"),
        ("implementar", "poner en marcha"), ("individuos", "personas"), ("acudir", "ir"),
    ]

    /// Medical words with everyday ones.
    static let spanishHealth: [(String, String)] = [
        ("padecer", "tener"), ("padecen", "tienen"), ("ingerir", "tomar"), ("ingesta", "lo que come o bebe"),
        ("administrar", "dar"), ("suministrar", "dar"), ("fármaco", "medicina"), ("fármacos", "medicinas"),
        ("facultativo", "médico"), ("patología", "enfermedad"), ("sintomatología", "síntomas"), ("etiología", "causa"),
        ("cefalea", "dolor de cabeza"), ("cefalalgia", "dolor de cabeza"), ("disnea", "falta de aire"),
        ("emesis", "vómito"), ("prurito", "picor"), ("edema", "hinchazón (por líquido)"), ("eritema", "enrojecimiento"),
        ("hipertensión arterial", "presión alta"), ("hipertensión", "presión alta"), ("hipotensión", "presión baja"),
        ("hipoglucemia", "azúcar baja en la sangre"), ("hiperglucemia", "azúcar alta en la sangre"),
        ("pirexia", "fiebre"), ("febril", "con fiebre"), ("analgésico", "medicina para el dolor"),
        ("analgésicos", "medicinas para el dolor"), ("antipirético", "medicina para la fiebre"),
        ("abdomen", "vientre"), ("abdominal", "del vientre"), ("cardíaco", "del corazón"), ("cardiaco", "del corazón"),
        ("renal", "del riñón"), ("hepático", "del hígado"), ("pulmonar", "del pulmón"), ("gástrico", "del estómago"),
        ("cutáneo", "de la piel"), ("por vía oral", "por la boca"), ("vía oral", "por la boca"),
        ("por vía intravenosa", "en la vena"), ("intravenoso", "en la vena"),
        ("inflamación", "hinchazón (no es exacto: la inflamación también es enrojecimiento, calor y dolor)"),
        ("traumatismo", "golpe"), ("hemorragia", "sangrado"), ("micción", "orinar"), ("recidiva", "vuelta de la enfermedad"),
        ("recurrente", "que vuelve"), ("asintomático", "sin síntomas"), ("profilaxis", "prevención"),
        ("bilateral", "en los dos lados"), ("unilateral", "en un lado"), ("benigno", "que no es cáncer"),
        ("maligno", "canceroso"), ("maligna", "cancerosa"), ("neoplasia", "tumor"), ("congénito", "de nacimiento"),
        ("hereditario", "que pasa de padres a hijos"), ("idiopático", "de causa desconocida"),
        ("pediátrico", "de los niños"), ("geriátrico", "de las personas mayores"), ("someterse a", "hacerse"),
        ("intervención quirúrgica", "operación"), ("procedimiento quirúrgico", "operación"),
        ("postoperatorio", "después de la operación"), ("posoperatorio", "después de la operación"),
        ("preoperatorio", "antes de la operación"), ("efectos adversos", "efectos secundarios"),
        ("eficacia", "lo bien que funciona"), ("deambular", "caminar"), ("decúbito supino", "boca arriba"),
        ("decúbito prono", "boca abajo"), ("cardiopatía", "enfermedad del corazón"), ("nefropatía", "enfermedad del riñón"),
        ("hepatopatía", "enfermedad del hígado"), ("epistaxis", "sangrado por la nariz"), ("disfagia", "dificultad para tragar"),
        ("disuria", "dolor al orinar"), ("astenia", "cansancio"), ("mialgia", "dolor muscular"),
        ("artralgia", "dolor de las articulaciones"), ("odinofagia", "dolor al tragar"), ("pirosis", "acidez"),
        ("síncope", "desmayo"), ("taquicardia", "latidos rápidos del corazón"), ("bradicardia", "latidos lentos del corazón"),
        ("trombosis", "coágulo de sangre"), ("infarto de miocardio", "ataque al corazón"),
        ("infarto agudo de miocardio", "ataque al corazón"), ("sutura", "puntos"), ("incisión", "corte"),
        ("oftalmólogo", "médico de los ojos"), ("cardiólogo", "médico del corazón"), ("dermatólogo", "médico de la piel"),
        ("tratamiento farmacológico", "tratamiento con medicinas"), ("posología", "cómo tomar la medicina"),
        ("dosificación", "dosis"), ("concomitante", "al mismo tiempo"), ("prevalencia", "lo común que es"),
        ("mortalidad", "muertes"), ("profesional sanitario", "médico o enfermera"),
        ("profesionales sanitarios", "médicos y enfermeras"), ("profesional de la salud", "médico o enfermera"),
        ("profesionales de la salud", "médicos y enfermeras"), ("personal sanitario", "médicos y enfermeras"),
        ("centro hospitalario", "hospital"), ("hospitalización", "estancia en el hospital"),
    ]

    /// Names that hold words of the list: their words are left alone.
    static let spanishNames: [String] = [
        "hipertensión pulmonar", "hipertensión intracraneal", "hipertensión portal", "hipertensión gestacional",
        "hipertermia maligna", "síndrome neuroléptico maligno", "cardiopatía congénita",
    ]
}
