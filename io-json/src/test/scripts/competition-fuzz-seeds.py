"""Builds io-json's competition fuzz base (901 trimmed) and the seed corpus of CompetitionFuzzTest."""
import json, os, copy, hashlib
root=os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../..'))
ex=root+'/examples/src/main/resources/kg/kichi/examples/'
d901=json.load(open(ex+'901-worked-competition-evaluation.json'))
d900=json.load(open(ex+'900-worked-competition.json'))
keep=set(sorted(set(r['application'] for r in d901['reviews']))[:3])
d901['reviews']=[r for r in d901['reviews'] if r['application'] in keep]
base=copy.deepcopy(d901)
base['applications']=[a for a in d901['applications'] if a['id'] in keep]
base['reviews']=d901['reviews']
s=json.dumps(base['applications'])+json.dumps(base['calls'])+json.dumps(base['reviewers'])
base['organisations']=[o for o in d901['organisations'] if '"'+o['id']+'"' in s]
base['id']=base['id']+'-fuzz-base'
res=root+'/io-json/src/test/resources/kg/kichi/json/'
with open(res+'competition-base.json','w',encoding='utf-8') as f:
    json.dump(base,f,ensure_ascii=False,indent=2); f.write('\n')

def enc(v): return json.dumps(v,ensure_ascii=False).encode('utf-8')
def variants(value):
    """Structured breakages of a JSON value: members dropped, values of the wrong type, out of range."""
    out=[]
    wrong=[None, -1, "x"]
    def visit(node, path):
        if isinstance(node, dict):
            for k in list(node):
                out.append(('drop '+path+'/'+k, path, ('drop',k)))
                for w in wrong:
                    out.append(('set '+path+'/'+k, path, ('set',k,w)))
                visit(node[k], path+'/'+k)
            if path.count('/') < 2:
                out.append(('unknown member '+path, path, ('set','unknownMember',{"x":[1]})))
        elif isinstance(node, list) and node:
            out.append(('duplicate '+path+'/0', path, ('dup',)))
            out.append(('empty '+path, path, ('empty',)))
            visit(node[0], path+'/0')
    visit(value,'')
    results=[]
    for name,path,op in out:
        v=copy.deepcopy(value)
        tgt=v
        for part in [p for p in path.split('/') if p]:
            tgt=tgt[int(part)] if isinstance(tgt,list) else tgt[part]
        if op[0]=='drop': del tgt[op[1]]
        elif op[0]=='set': tgt[op[1]]=op[2]
        elif op[0]=='dup': tgt.append(copy.deepcopy(tgt[0]))
        elif op[0]=='empty': tgt.clear()
        results.append(enc(v))
    return results

def textual(b):
    """Breakages of the text: truncated, raw bytes, hostile numbers and strings."""
    return [b[:len(b)//2], b[:1], b'', b'null', b'"rules"', b'{}', b'[' * 40 + b']' * 40,
            b'[{"id":"\xc0\xaf","type":"duration","max":1}]',
            b'[{"id":"\\ud800","type":"duration","max":1}]',
            b'[{"id":"a","type":"duration","max":1e999999999999}]',
            b'[{"id":"a","type":"duration","max":1E+2147483648}]',
            b'[{"id":"a","id":"b","type":"duration","max":1}]']

def write(method, items):
    d=res+'CompetitionFuzzTestInputs/'+method+'/'
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.startswith('seed-'): os.remove(d+f)
    seen=set()
    for b in items:
        h=hashlib.sha1(b).hexdigest()
        if h in seen: continue
        seen.add(h)
        open(d+'seed-'+h[:16],'wb').write(b)
    print(method, len(seen))

rules=d900['calls'][0]['eligibilityRules']
ritems=[enc(rules)]+[enc([r]) for r in rules if r['type'] in ('not','any-of','third-party-cap','applicant-seat','documents')]
for r in [rules[4], rules[12]]:
    ritems+=variants([r])
ritems+=textual(enc(rules))
ritems+=[enc([{"id":"deep","type":"not","rule":x}]) for x in [{"id":"n","type":"not","rule":{"id":"m","type":"all-of","rules":[]}}]]
ritems+=[enc([{"id":"x","type":"no-such-rule"}]), enc([{"id":"x","type":"indirect-costs","percent":-5}]),
         enc([{"id":"x","type":"indirect-costs","percent":100.0000001}]), enc([{"id":"x","type":"partner-count","min":5,"max":1}]),
         enc([{"id":"x","type":"applicant-seat","lots":["no-such-lot"],"area":{"kind":"nationwide","country":"ZZ"}}]),
         enc([{"id":"x","type":"third-party-cap","cap":{"amount":1.001,"currency":"XYZ"}}])]
write('eligibilityRules', ritems)

grid=d901['calls'][0]['evaluationGrid']
gitems=[enc(grid)]+variants(grid)+textual(enc(grid))
write('evaluationGrid', gitems)

reviews=d901['reviews']
vitems=[enc(reviews), enc(reviews[:1])]+variants(reviews[:1])+textual(enc(reviews))
r0=reviews[0]
for k,v in [('application','no-such-application'),('reviewer','no-such-reviewer'),('stage','no-such-stage'),('recommendation','maybe')]:
    x=copy.deepcopy(r0); x[k]=v; vitems.append(enc([x]))
x=copy.deepcopy(r0); x['scores'][0]['criterion']='no-such-criterion'; vitems.append(enc([x]))
x=copy.deepcopy(r0); x['scores'][0]['points']=99; vitems.append(enc([x]))
x=copy.deepcopy(r0); x['scores'][0]['points']=4.5; vitems.append(enc([x]))
x=copy.deepcopy(r0); x['scores'].append(copy.deepcopy(x['scores'][0])); vitems.append(enc([x]))
vitems.append(enc([r0, r0]))
write('reviews', vitems)
