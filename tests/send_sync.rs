//! Every public type is Send + Sync, so one extractor serves every thread.

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn public_types_are_send_and_sync() {
    assert_send_sync::<newsevent::Extractor>();
    assert_send_sync::<newsevent::Gazetteer>();
    assert_send_sync::<newsevent::Event>();
    assert_send_sync::<newsevent::GazetteerError>();
    assert_send_sync::<newsevent::PersonMention>();
    assert_send_sync::<newsevent::CountryMention>();
    assert_send_sync::<newsevent::OrgMention>();
    assert_send_sync::<newsevent::TopicMention>();
    assert_send_sync::<newsevent::EventKind>();
    assert_send_sync::<newsevent::Location>();
    assert_send_sync::<newsevent::When>();
    assert_send_sync::<newsevent::Date>();
}
