#include "yamlnode.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace zenith {

YamlNode YamlNode::scalar(Type type, const QVariant& value, const QString& text, int line)
{
    YamlNode n;
    n.m_type = type;
    n.m_value = value;
    n.m_text = text;
    n.m_line = line;
    return n;
}

YamlNode YamlNode::string(const QString& text, int line)
{
    return scalar(Type::String, text, text, line);
}

YamlNode YamlNode::collection(Type type, int line)
{
    YamlNode n;
    n.m_type = type;
    n.m_line = line;
    return n;
}

YamlNode YamlNode::fromJson(const QJsonValue& json, int line)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return scalar(Type::Boolean, json.toBool(), json.toBool() ? QStringLiteral("true") : QStringLiteral("false"),
                      line);
    case QJsonValue::Double: {
        const double d = json.toDouble();
        // Only integral doubles within 2^53 convert exactly; a cast of anything else is undefined.
        if (std::abs(d) < 9007199254740992.0 && std::trunc(d) == d) {
            const auto i = static_cast<qint64>(d);
            return scalar(Type::Integer, i, QString::number(i), line);
        }
        return scalar(Type::Float, d, QString::number(d, 'g', 17), line);
    }
    case QJsonValue::String: return string(json.toString(), line);
    case QJsonValue::Array: {
        YamlNode n = collection(Type::Sequence, line);
        const QJsonArray array = json.toArray();
        for (const QJsonValue& v : array)
            n.append(fromJson(v, line));
        return n;
    }
    case QJsonValue::Object: {
        YamlNode n = collection(Type::Mapping, line);
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            n.insert(it.key(), fromJson(it.value(), line));
        return n;
    }
    default: break;
    }
    YamlNode null;
    null.m_line = line;
    return null;
}

QString YamlNode::typeName() const
{
    switch (m_type) {
    case Type::Null: return QStringLiteral("empty");
    case Type::Boolean: return QStringLiteral("a boolean");
    case Type::Integer: return QStringLiteral("an integer");
    case Type::Float: return QStringLiteral("a number");
    case Type::String: return QStringLiteral("a string");
    case Type::Sequence: return QStringLiteral("a list");
    case Type::Mapping: return QStringLiteral("a mapping");
    }
    return {};
}

void YamlNode::setFile(const QString& file)
{
    m_file = file;
    for (YamlNode& child : m_children)
        child.setFile(file);
}

const YamlNode* YamlNode::find(QStringView key) const
{
    if (m_type != Type::Mapping)
        return nullptr;
    const qsizetype i = m_keys.indexOf(key);
    return i < 0 ? nullptr : &m_children[static_cast<size_t>(i)];
}

void YamlNode::append(YamlNode item)
{
    m_children.push_back(std::move(item));
}

void YamlNode::insert(const QString& key, YamlNode value)
{
    const qsizetype i = m_keys.indexOf(key);
    if (i >= 0) {
        m_children[static_cast<size_t>(i)] = std::move(value);
        return;
    }
    m_keys.append(key);
    m_children.push_back(std::move(value));
}

YamlNode YamlNode::mergedWith(const YamlNode& over) const
{
    if (!isMapping() || !over.isMapping())
        return over;
    YamlNode out = *this;
    for (qsizetype i = 0; i < over.m_keys.size(); ++i) {
        const QString& key = over.m_keys.at(i);
        const YamlNode& value = over.m_children[static_cast<size_t>(i)];
        const YamlNode* mine = find(key);
        out.insert(key, mine ? mine->mergedWith(value) : value);
    }
    return out;
}

QVariant YamlNode::toVariant() const
{
    if (m_type == Type::Sequence) {
        QVariantList list;
        for (const YamlNode& item : m_children)
            list.append(item.toVariant());
        return list;
    }
    if (m_type == Type::Mapping) {
        QVariantMap map;
        for (qsizetype i = 0; i < m_keys.size(); ++i)
            map.insert(m_keys.at(i), m_children[static_cast<size_t>(i)].toVariant());
        return map;
    }
    return m_value;
}

QJsonValue YamlNode::toJson() const
{
    switch (m_type) {
    case Type::Null: return QJsonValue(QJsonValue::Null);
    case Type::Boolean: return m_value.toBool();
    case Type::Integer: return m_value.toLongLong();
    case Type::Float: return m_value.toDouble();
    case Type::String: return m_text;
    case Type::Sequence: {
        QJsonArray array;
        for (const YamlNode& item : m_children)
            array.append(item.toJson());
        return array;
    }
    case Type::Mapping: {
        QJsonObject object;
        for (qsizetype i = 0; i < m_keys.size(); ++i)
            object.insert(m_keys.at(i), m_children[static_cast<size_t>(i)].toJson());
        return object;
    }
    }
    return {};
}

} // namespace zenith
