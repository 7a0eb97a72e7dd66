#pragma once

#include <QStringList>

namespace zenith {

struct RequestSpec;

//! Restricts a server listing to the servers that carry every one of `tags` (Nova's "tags" query,
//! which exists from microversion 2.26 on: the spec then asks for it). Nothing when `tags` is empty.
void addServerTagsFilter(RequestSpec& spec, const QStringList& tags);

} // namespace zenith
