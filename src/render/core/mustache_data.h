// Building kainjow::mustache::data without copies. kainjow's set() and
// push_back() copy their argument deeply: putting the 10,000 entries of a
// programme into a page that way cost more than rendering it.
#ifndef AFFICHE_RENDER_CORE_MUSTACHE_DATA_H_
#define AFFICHE_RENDER_CORE_MUSTACHE_DATA_H_

#include <kainjow/mustache.hpp>
#include <string>
#include <utility>

namespace affiche {

using MustacheData = kainjow::mustache::data;

// (*object)[key] = value, moved in.
inline void Put(MustacheData* object, const std::string& key, MustacheData value) {
  object->set(key, MustacheData(false));  // a cheap placeholder...
  // ...replaced in place: get() only hands out const pointers, but the value
  // belongs to *object, which is not const.
  *const_cast<MustacheData*>(object->get(key)) = std::move(value);
}

// list->push_back(value), moved in.
inline void Append(MustacheData* list, MustacheData value) {
  list->push_back(MustacheData(false));
  *const_cast<MustacheData*>(&list->list_value().back()) = std::move(value);
}

// An empty list with room for capacity entries. Reserve when the size is known:
// kainjow's move constructor is not noexcept, so a growing std::vector copies
// every entry deeply each time it reallocates.
inline MustacheData ListWithCapacity(size_t capacity) {
  MustacheData list{MustacheData::type::list};
  const_cast<kainjow::mustache::list&>(list.list_value()).reserve(capacity);
  return list;
}

// `false` for "", since kainjow renders {{#x}} for an empty string; else text.
inline MustacheData OptionalText(const std::string& text) {
  return text.empty() ? MustacheData(false) : MustacheData(text);
}

}  // namespace affiche

#endif  // AFFICHE_RENDER_CORE_MUSTACHE_DATA_H_
