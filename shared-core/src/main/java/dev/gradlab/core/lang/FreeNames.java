package dev.gradlab.core.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a program reads at top level before assigning them (its inputs), in order of first
 * use. Function bodies read their own parameters and locals; the names they read from outside
 * count as read where the function is defined.
 */
final class FreeNames {
    private final Set<String> assigned = new LinkedHashSet<>();
    private final Set<String> free = new LinkedHashSet<>();

    private FreeNames() {
    }

    static List<String> of(List<Ast.Stmt> program) {
        FreeNames f = new FreeNames();
        f.block(program, Collections.emptySet());
        return new ArrayList<>(f.free);
    }

    private void block(List<Ast.Stmt> body, Set<String> local) {
        for (Ast.Stmt s : body) {
            statement(s, local);
        }
    }

    private void statement(Ast.Stmt s, Set<String> local) {
        if (s instanceof Ast.Assign) {
            Ast.Assign a = (Ast.Assign) s;
            expr(a.value, local);
            if (a.index != null) {
                read(a.target(), local);
                for (Ast.Expr e : a.index) {
                    expr(e, local);
                }
            }
            define(a.targets, local);
        } else if (s instanceof Ast.ExprStmt) {
            expr(((Ast.ExprStmt) s).expr, local);
        } else if (s instanceof Ast.If) {
            Ast.If i = (Ast.If) s;
            for (int k = 0; k < i.conditions.size(); k++) {
                expr(i.conditions.get(k), local);
                block(i.bodies.get(k), local);
            }
            if (i.orElse != null) {
                block(i.orElse, local);
            }
        } else if (s instanceof Ast.While) {
            expr(((Ast.While) s).condition, local);
            block(((Ast.While) s).body, local);
        } else if (s instanceof Ast.For) {
            Ast.For f = (Ast.For) s;
            expr(f.iterable, local);
            define(f.vars, local);
            block(f.body, local);
        } else if (s instanceof Ast.Def) {
            Ast.Def d = (Ast.Def) s;
            define(Collections.singletonList(d.name), local);
            Set<String> inner = new LinkedHashSet<>(local);
            inner.addAll(d.params);
            collectAssigned(d.body, inner);
            block(d.body, inner);
        } else if (s instanceof Ast.Jump && ((Ast.Jump) s).value != null) {
            expr(((Ast.Jump) s).value, local);
        }
    }

    private void define(List<String> names, Set<String> local) {
        if (local.isEmpty()) {
            assigned.addAll(names);
        }
    }

    private static void collectAssigned(List<Ast.Stmt> body, Set<String> into) {
        for (Ast.Stmt s : body) {
            if (s instanceof Ast.Assign) {
                into.addAll(((Ast.Assign) s).targets);
            } else if (s instanceof Ast.For) {
                into.addAll(((Ast.For) s).vars);
                collectAssigned(((Ast.For) s).body, into);
            } else if (s instanceof Ast.While) {
                collectAssigned(((Ast.While) s).body, into);
            } else if (s instanceof Ast.If) {
                for (List<Ast.Stmt> b : ((Ast.If) s).bodies) {
                    collectAssigned(b, into);
                }
                if (((Ast.If) s).orElse != null) {
                    collectAssigned(((Ast.If) s).orElse, into);
                }
            }
        }
    }

    private void read(String name, Set<String> local) {
        if (!local.contains(name) && !assigned.contains(name) && Builtins.get(name) == null
                && !name.equals("pi") && !name.equals("inf") && !name.equals("nan")) {
            free.add(name);
        }
    }

    private void expr(Ast.Expr root, Set<String> local) {
        List<Ast.Expr> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            Ast.Expr e = stack.remove(stack.size() - 1);
            if (e == null) {
                continue;
            }
            if (e instanceof Ast.Name) {
                read(((Ast.Name) e).name, local);
            } else if (e instanceof Ast.Unary) {
                stack.add(((Ast.Unary) e).operand);
            } else if (e instanceof Ast.Binary) {
                stack.add(((Ast.Binary) e).right);
                stack.add(((Ast.Binary) e).left);
            } else if (e instanceof Ast.Call) {
                Ast.Call c = (Ast.Call) e;
                pushAll(stack, c.keywordValues);
                pushAll(stack, c.args);
            } else if (e instanceof Ast.Transpose) {
                stack.add(((Ast.Transpose) e).operand);
            } else if (e instanceof Ast.Index) {
                pushAll(stack, ((Ast.Index) e).items);
                stack.add(((Ast.Index) e).target);
            } else if (e instanceof Ast.Slice) {
                Ast.Slice sl = (Ast.Slice) e;
                stack.add(sl.step);
                stack.add(sl.stop);
                stack.add(sl.start);
            } else if (e instanceof Ast.ListLit) {
                pushAll(stack, ((Ast.ListLit) e).items);
            } else if (e instanceof Ast.Compare) {
                pushAll(stack, ((Ast.Compare) e).operands);
            } else if (e instanceof Ast.Logic) {
                stack.add(((Ast.Logic) e).right);
                stack.add(((Ast.Logic) e).left);
            } else if (e instanceof Ast.Attr) {
                Ast.Attr a = (Ast.Attr) e;
                boolean module = a.target instanceof Ast.Name && (a.name.equals("pi") || a.name.equals("e"));
                if (!module) {
                    stack.add(a.target);
                }
            }
        }
    }

    private static void pushAll(List<Ast.Expr> stack, List<Ast.Expr> items) {
        for (int i = items.size() - 1; i >= 0; i--) {
            stack.add(items.get(i));
        }
    }
}
