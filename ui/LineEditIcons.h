#pragma once

// Icons inside line edits (QLineEdit::addAction makes each a small button): named, so that a
// screen reader says what they are rather than "button".

class QAction;
class QLineEdit;

namespace gh {

// The magnifier at the start of a search or filter field, named "Search".
QAction* addSearchIcon(QLineEdit* edit);

} // namespace gh
