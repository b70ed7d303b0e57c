// Package testkit holds what the tests of every package under content
// share: the example answer files, the schema-1 fixtures and the starting
// points filled in as a business would, the days the tests run as, the
// golden files (and their -update flag), and hostile text that must never
// change a document's structure. Only tests import it.
package testkit
