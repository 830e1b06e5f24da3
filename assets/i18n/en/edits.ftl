# Why an edit was refused (model::EditError and the problems it carries).

