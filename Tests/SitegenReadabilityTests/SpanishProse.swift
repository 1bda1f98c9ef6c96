/// Test text, written for these tests: plain Spanish in the style of a patient-education page,
/// about muscles and health. It is not medical advice. `SpanishReadabilityTests` compares
/// sitegen's scores of it with Python textstat's.
enum SpanishProse {
    static let paragraphs: [String: String] = [
        "musculos": "Los músculos nos permiten movernos, respirar y mantener el cuerpo derecho. Cuando caminamos, los músculos de las piernas se contraen y se relajan muchas veces. El corazón también es un músculo y trabaja sin descanso durante toda la vida. Para que los músculos estén sanos, necesitan comida variada, agua y movimiento todos los días.",
        "debilidad": "La debilidad muscular puede tener muchas causas diferentes. A veces aparece después de una infección o de un periodo largo en la cama. Otras veces se debe a una enfermedad del sistema inmunitario, que ataca por error a las fibras del músculo. Si nota que le cuesta subir escaleras o levantarse de una silla, hable con su médico. Él puede pedir un análisis de sangre y otras pruebas sencillas.",
        "ejercicio": "El ejercicio suave ayuda a conservar la fuerza. Caminar media hora al día es un buen comienzo para muchas personas. También sirven la natación, la bicicleta y los estiramientos en casa. Empiece poco a poco y descanse cuando se sienta cansado. Si siente dolor fuerte, pare y consulte a su equipo de salud.",
        "tratamiento": "El tratamiento de una miopatía inflamatoria suele combinar varios medicamentos. Algunos calman la inflamación y otros frenan la reacción del sistema inmunitario. La fisioterapia mejora la movilidad y reduce el riesgo de caídas. Es importante acudir a todas las citas de control, aunque se encuentre mejor. Pregunte siempre cualquier duda sobre las dosis, los efectos secundarios o la dieta.",
    ]
}
