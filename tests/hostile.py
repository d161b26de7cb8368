"""Note texts that must survive every path in and out exactly as typed."""

HOSTILE_TEXTS = [
    "<b>fet</b> & </para> <font name='x'>",
    "Citat \"så här\" och 'så här'",
    "Bak\\snedstreck \\n och \\\\",
    "Tab\tmellan\tord",
    "Rad ett\nRad två\r\nRad tre",
    "Emoji 😀👩‍⚕️🏥 i texten",
    "עברית וערבית: مرحبا بالعالم",
    "Kontroll\x01tecken\x07och\x1bescape",
    "=SUMMA(A1:A9)",
    "+46 70 123 45 67",
    "-minus först",
    "@anrop",
    "'=redan citerad",
    "Å" * 5000,
    "  mellanslag runt om  ",
]
