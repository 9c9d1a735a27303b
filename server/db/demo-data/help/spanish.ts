import type { HelpTexts } from './articles.ts';

export const SPANISH: HelpTexts = {
  breathTest: {
    title: '¿Cómo hago una prueba de aliento?',
    body: `Espere al menos **15 minutos** después de comer, beber algo que no sea agua, fumar o usar enjuague bucal, y luego enjuáguese la boca con agua.

1. Gire la llave a ON (sin arrancar el motor). El equipo se calienta y muestra WAIT.
2. Cuando muestre BLOW, respire hondo con normalidad, selle los labios alrededor de la boquilla y sople de forma constante unos 5 segundos, hasta que suene un pitido o un clic.
3. Mantenga la cara a la vista de la cámara si su estado la exige.
4. Con PASS, arranque el motor dentro del tiempo indicado (normalmente 2–3 minutos).

Si el equipo muestra un error de soplido, sopló con poca fuerza o muy poco tiempo: espere a BLOW e inténtelo de nuevo.`,
  },
  rollingRetest: {
    title: '¿Qué es una prueba durante la marcha?',
    body: `Mientras usted conduce, el dispositivo pide nuevas muestras de aliento en momentos aleatorios, normalmente en los primeros 5–15 minutos y luego cada 15–45 minutos.

- El equipo pita y muestra RETEST. Tiene varios minutos (la pantalla hace una cuenta atrás) para dar la muestra.
- Puede soplar mientras conduce si es seguro; si no, deténgase en un lugar seguro y permitido.
- El dispositivo nunca apaga un motor en marcha. Una prueba omitida o fallida se registra y se informa, y la bocina o las luces pueden activarse hasta que apague el motor.
- Solo el conductor puede soplar. Una muestra dada por otra persona es una infracción del programa.`,
  },
  failedTest: {
    title: '¿Por qué fallé si no había bebido?',
    body: `El sensor mide el alcohol en su aliento, venga de donde venga. Causas comunes de una lectura baja son el enjuague bucal, los aerosoles para el aliento, los vapores de gel desinfectante, algunos jarabes para la tos, las bebidas energéticas, la kombucha, la fruta muy madura y el pan o la bollería recién hechos.

- Enjuáguese la boca con agua, espere 15 minutos y vuelva a hacer la prueba: el alcohol de la comida o del enjuague desaparece en minutos; el que usted bebió, no.
- No use gel desinfectante con alcohol ni productos de vapeo en el vehículo.
- Si cree que un resultado fue erróneo, anote lo que comió o usó y agregue una nota en la página **Notas** de este portal para que su supervisor la vea.`,
  },
  calibration: {
    title: '¿Por qué necesito visitas de calibración y cada cuánto?',
    body: `El sensor debe comprobarse con una muestra de alcohol conocida, y su registro descargarse para su autoridad de supervisión, con la frecuencia que fija su estado (a menudo cada 30, 60 o 90 días). El equipo empieza a recordárselo unos 7 días antes.

- Una calibración tarda menos de 5 minutos en cualquier centro de servicio activo: no necesita cita, pero conviene llamar antes.
- Su próxima fecha de calibración, y la fecha en que el dispositivo se bloquea si no acude, aparecen en su panel.
- Use el buscador de esta página para encontrar el centro más cercano.`,
  },
  lockout: {
    title: '¿Qué es un bloqueo y qué debo hacer?',
    body: `Un bloqueo significa que el dispositivo no deja arrancar el vehículo.

- **Bloqueo temporal**: tras pruebas fallidas, el equipo hace una cuenta atrás (a menudo de 5 a 30 minutos, más tras fallos repetidos). Espere a que termine, enjuáguese la boca con agua y vuelva a hacer la prueba.
- **Bloqueo de servicio**: tras una calibración omitida (pasados los días de gracia) o una infracción, el vehículo queda bloqueado hasta que un centro de servicio restablezca el dispositivo. Donde su estado lo permita, un código de desbloqueo le da tiempo para llegar; si no, llámenos y, si hace falta, organice una grúa hasta el centro.

Nunca desconecte ni evite el dispositivo: la manipulación se informa a su autoridad de supervisión.`,
  },
  unlockCodes: {
    title: '¿Cómo funcionan los códigos de desbloqueo?',
    body: `Donde su estado los permite, la página **Códigos de desbloqueo** de este portal le da un código para su dispositivo. Elija el dispositivo si tiene varios.

- El código se muestra una sola vez: anótelo antes de salir de la página. Es válido por un tiempo limitado, que se indica junto al código.
- Su estado puede cobrar una tarifa por cada código (se suma a su saldo) y limitar cuántos códigos puede obtener por día o durante su programa.
- Introduzca el código en el equipo como le pida la pantalla y vaya a un centro de servicio: el código le da tiempo para llegar, no sustituye la visita.

Donde su estado no permite códigos, o quiere que se den por teléfono, la página muestra el número al que llamar.`,
  },
  paying: {
    title: '¿Cómo pago y qué es el pago automático?',
    body: `Sus pagos están en la página **Pagos**: su saldo, su próximo pago y su fecha, y su historial de pagos.

- Agregue una tarjeta y pague cualquier importe hasta su saldo. Le enviaremos el recibo por correo electrónico.
- Elija con qué frecuencia paga: semanal, cada dos semanas, mensual o cada dos meses.
- Active el **pago automático** para que el importe debido se cargue en la tarjeta que elija en cada fecha de pago. Puede desactivarlo cuando quiera.

Si no puede pagar a tiempo, agregue una nota o llámenos antes de la fecha de pago.`,
  },
  moving: {
    title: 'Me mudo a otro estado. ¿Qué pasa?',
    body: `Su programa lo fija el tribunal o la agencia de licencias que lo ordenó, y sus reglas siguen vigentes después de la mudanza. Avísenos antes de mudarse: agregue una nota en la página **Notas** con su nueva dirección y la fecha.

- Comprobamos si su programa puede continuar en el nuevo estado y qué centros de servicio tiene cerca (use el buscador de esta página).
- Mantenga sus fechas de calibración durante la mudanza: una visita omitida bloquea el dispositivo dondequiera que esté.
- Es posible que los códigos de desbloqueo no se permitan fuera del estado.
- Nunca retire el dispositivo usted mismo: solo un centro de servicio con una orden de trabajo nuestra puede retirarlo o cambiarlo.`,
  },
  firstTestVideo: {
    title: 'Su primera prueba de aliento',
    body: 'Un recorrido de dos minutos para arrancar su vehículo con el dispositivo: el calentamiento, cómo soplar correctamente y qué significa cada mensaje de la pantalla.',
  },
  retestVideo: {
    title: 'Pruebas durante la marcha',
    body: 'Cómo responder con seguridad a una prueba mientras conduce, cuánto tiempo tiene y qué pasa si omite una.',
  },
  calibrationVideo: {
    title: 'Qué pasa en una visita de calibración',
    body: 'Qué hace el técnico en esos cinco minutos, qué debe llevar y cómo la visita fija su próxima fecha de calibración.',
  },
  firstWeek: {
    title: 'Su primera semana con el dispositivo',
    body: `## Antes de conducir
1. Lea la guía rápida del equipo que está en la guantera y guárdela en el vehículo.
2. Inicie sesión en este portal y revise su teléfono y su dirección en **Perfil**, para que le lleguen los recordatorios.
3. Anote su primera fecha de calibración, que aparece en su panel.

## En cada viaje
- Espere 15 minutos después de comer o beber, enjuáguese con agua y sople.
- Responda a todas las pruebas durante la marcha; deténgase si lo necesita.

## Si algo sale mal
- Una prueba fallida: espere, enjuáguese y repita la prueba.
- Un bloqueo: vea «¿Qué es un bloqueo y qué debo hacer?» más arriba.
- Cualquier otra cosa: agregue una nota en **Notas** o llame al número de su panel.`,
  },
};
