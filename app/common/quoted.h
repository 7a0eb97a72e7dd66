#pragma once

#include <QString>

namespace zenith {

//! `text` between the quotation marks of the UI's language: “lab” in English, « lab » in French
//! (with the non-breaking spaces French typography wants and Qt's locale data leaves out).
QString quoted(const QString& text);

} // namespace zenith
