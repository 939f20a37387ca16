/* Making a pydantic model from values the engine already computed, in C.

   benefits/construct.py's `made` does this in Python: a new instance, then its `__dict__` and
   pydantic's three slots set with object.__setattr__. Each of those four calls goes through
   Python's calling machinery and costs about as much as the rest of a step's work, and an
   explained projection makes about 2,000 models. This is the same four stores, with the same
   generic attribute setting object.__setattr__ uses (PyObject_GenericSetAttr), so the object
   is the same one. scripts/compile.py builds it with the engine; construct.py uses it when it
   is there and the compiled engine runs, and tests/test_compiled.py checks both give the same
   model. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *name_dict, *name_fields_set, *name_extra, *name_private;

/* made(cls, values, fields): an instance of the pydantic model `cls` whose fields are the dict
   `values` (every field, already validated by the engine) and whose fields-set is `fields`. */
static PyObject *
made(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyType_Check(args[0]) || !PyDict_CheckExact(args[1])) {
        PyErr_SetString(PyExc_TypeError, "made(cls, values: dict, fields)");
        return NULL;
    }
    PyTypeObject *cls = (PyTypeObject *)args[0];
    PyObject *obj = cls->tp_alloc(cls, 0);  /* what object.__new__(cls) does for a model */
    if (obj == NULL) {
        return NULL;
    }
    if (PyObject_GenericSetAttr(obj, name_dict, args[1]) < 0
        || PyObject_GenericSetAttr(obj, name_fields_set, args[2]) < 0
        || PyObject_GenericSetAttr(obj, name_extra, Py_None) < 0
        || PyObject_GenericSetAttr(obj, name_private, Py_None) < 0) {
        Py_DECREF(obj);
        return NULL;
    }
    return obj;
}

static PyMethodDef methods[] = {
    {"made", (PyCFunction)(void (*)(void))made, METH_FASTCALL,
     "made(cls, values, fields): a pydantic model from validated values."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "benefits._models", NULL, -1, methods,
};

PyMODINIT_FUNC
PyInit__models(void)
{
    name_dict = PyUnicode_InternFromString("__dict__");
    name_fields_set = PyUnicode_InternFromString("__pydantic_fields_set__");
    name_extra = PyUnicode_InternFromString("__pydantic_extra__");
    name_private = PyUnicode_InternFromString("__pydantic_private__");
    if (!name_dict || !name_fields_set || !name_extra || !name_private) {
        return NULL;
    }
    return PyModule_Create(&module);
}
